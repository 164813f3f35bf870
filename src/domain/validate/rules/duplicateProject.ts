import { cellOf } from "../../model/SourceRef";
import { compact, toArabicDigits } from "../../parse/normaliseText";
import type { ParsedProject } from "../../parse/ParsedWorkbook";
import { valueOf } from "../../parse/Reading";
import type { Issue } from "../Issue";
import { issueAt } from "../issueAt";
import type { Rule } from "../Rule";

/**
 * The same project twice in one edition is a warning (names compared ignoring spaces and Thai/Arabic
 * digits, and the case of Latin letters), pointing at the later row and naming the first.
 */
export const duplicateProject: Rule = ({ parsed }) => {
  const firstRows = new Map<string, FirstRows<ParsedProject>>();
  const issues: Issue[] = [];
  for (const p of parsed.projects) {
    const edition = valueOf(p.edition);
    if (p.name === "" || edition === undefined) continue;
    let editionRows = firstRows.get(edition);
    if (!editionRows) {
      editionRows = new FirstRows();
      firstRows.set(edition, editionRows);
    }
    const first = editionRows.findOrAdd(p);
    if (first) {
      const firstCell = cellOf(first.ref, "name");
      issues.push(
        issueAt("duplicate-project", "warning", p.ref, "name", { name: p.name, edition, firstCell }),
      );
    }
  }
  return issues;
};

/** A name as compared: no white space, Arabic digits, lower case. */
export function nameKey(name: string): string {
  return compact(toArabicDigits(name)).toLowerCase();
}

/**
 * The first row of each name key in one edition. Rows are filed by a number hashed from the key's
 * characters, so the key itself is spelled out only when two names meet: building 50,000 key strings
 * was most of the garbage (and time) of validating a large plan.
 */
export class FirstRows<T extends { readonly name: string }> {
  private readonly byHash = new Map<number, T>();
  // Rows whose hash was already taken by a different name (rare): filed by the key itself.
  private readonly byKey = new Map<string, T>();

  /** @param hash the name hash (tests force collisions with a constant) */
  constructor(private readonly hash: (name: string) => number = keyHash) {}

  /** The first row with p's name key, or undefined after filing p as that first row. */
  findOrAdd(p: T): T | undefined {
    const hash = this.hash(p.name);
    const sameHash = this.byHash.get(hash);
    if (!sameHash) {
      this.byHash.set(hash, p);
      return undefined;
    }
    const key = nameKey(p.name);
    if (nameKey(sameHash.name) === key) return sameHash;
    const sameKey = this.byKey.get(key);
    if (!sameKey) this.byKey.set(key, p);
    return sameKey;
  }
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * FNV-1a over the characters of nameKey(name), as a small integer (a cheap Map key). Thai, ASCII and
 * common punctuation (Latin-1, dashes, quotes) are hashed as they are met; a name with any other
 * character (a letter with case, an uncommon space) is hashed from its spelled-out key, so equal keys
 * always hash alike.
 */
function keyHash(name: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i);
    if (c >= 0x0e00 && c <= 0x0e7f) {
      if (c >= 0x0e50 && c <= 0x0e59) c -= 0x0e50 - 0x30; // Thai digit ๐–๙ → 0–9
    } else if (c < 0x80) {
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue; // ASCII white space
      if (c >= 0x41 && c <= 0x5a) return hashOf(nameKey(name)); // A–Z
    } else if (c === 0xa0) {
      continue; // no-break space
    } else if (c > 0xbf && !(c >= 0x2010 && c <= 0x2027)) {
      return hashOf(nameKey(name)); // other letters and spaces; dashes and quotes are kept
    }
    hash = Math.imul(hash ^ c, FNV_PRIME);
  }
  return hash & 0x3fffffff;
}

function hashOf(key: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), FNV_PRIME);
  return hash & 0x3fffffff;
}
