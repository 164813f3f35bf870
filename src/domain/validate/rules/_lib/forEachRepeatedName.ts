import { textTidiness, Tidiness } from "../../../text/cleanText";
import { matchKey } from "../../../text/matchKey";

/** A name as compared: its matchKey (no white space, Arabic digits, lower case, what copying leaves folded). */
export const nameKey = matchKey;

/**
 * Calls `onRepeat(row, first)` for each row whose name key (see nameKey) an earlier row of the same
 * group already has; rows with a blank name or no group are skipped.
 *
 * Rows are filed in an open-addressing table of row numbers by a hash of their key, so a key is spelled
 * out only when two hashes meet: a Map of 50,000 key strings was most of the memory (and time) of
 * validating a large plan.
 * @param hashName hash of a name's key (tests force collisions with a constant)
 */
export function forEachRepeatedName<T extends { readonly name: string }>(
  rows: readonly T[],
  groupOf: (row: T) => string | undefined,
  onRepeat: (row: T, first: T) => void,
  hashName: (name: string) => number = nameHash,
): void {
  const size = tableSize(rows.length);
  const slots = new Int32Array(size); // row index + 1; 0 = free
  const hashes = new Int32Array(size);
  const groupIds = new Map<string, number>();
  const keyOf = (row: T): string => `${String(groupOf(row))}\u0000${nameKey(row.name)}`;
  rows.forEach((row, index) => {
    const group = groupOf(row);
    if (row.name === "" || group === undefined) return;
    let groupId = groupIds.get(group);
    if (groupId === undefined) {
      groupId = groupIds.size + 1;
      groupIds.set(group, groupId);
    }
    const hash = (hashName(row.name) ^ Math.imul(groupId, 0x9e3779b1)) | 0;
    for (let slot = hash & (size - 1); ; slot = (slot + 1) & (size - 1)) {
      const filed = slots[slot] ?? 0;
      if (filed === 0) {
        slots[slot] = index + 1;
        hashes[slot] = hash;
        return;
      }
      const first = rows[filed - 1];
      if (hashes[slot] === hash && first !== undefined && keyOf(first) === keyOf(row)) {
        onRepeat(row, first);
        return;
      }
    }
  });
}

/** A power of two at least twice the rows, so probe runs stay short. */
function tableSize(rows: number): number {
  let size = 16;
  while (size < 2 * rows) size *= 2;
  return size;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * FNV-1a over the characters of nameKey(name). A tidy name (textTidiness: Thai and ASCII in standard
 * order, maybe with dashes, quotes, × or ÷) is hashed as it is met: spaces skipped, Thai digits as
 * Arabic, dashes and curly quotes as foldText folds them. Any other name (a capital letter, a split
 * ำ, a zero-width space, a full-width digit …) is hashed from its spelled-out key, so equal keys
 * always hash alike.
 */
export function nameHash(name: string): number {
  const tidiness = textTidiness(name);
  if (tidiness === Tidiness.Untidy) return hashOf(nameKey(name));
  let hash = FNV_OFFSET;
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i);
    if (c >= 0x0e50 && c <= 0x0e59)
      c -= 0x0e50 - 0x30; // Thai digit ๐–๙ → 0–9
    else if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d)
      continue; // white space
    else if (c >= 0x41 && c <= 0x5a)
      return hashOf(nameKey(name)); // A–Z
    else if (c > 0x7e && c < 0x0e01) {
      // The symbols of a tidy name: × and ÷ are their own key; others are spelled out.
      if (c !== 0xd7 && c !== 0xf7) return hashOf(nameKey(name));
    } else if (c > 0x0e5b) {
      if (c >= 0x2010 && c <= 0x2015)
        c = 0x2d; // dashes → "-"
      else if (c >= 0x2018 && c <= 0x201b)
        c = 0x27; // single quotes → "'"
      else if (c >= 0x201c && c <= 0x201f)
        c = 0x22; // double quotes → '"'
      else return hashOf(nameKey(name));
    }
    hash = Math.imul(hash ^ c, FNV_PRIME);
  }
  return hash;
}

function hashOf(key: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), FNV_PRIME);
  return hash;
}
