import { matchKey } from "../text/matchKey";

/** Outcome of looking typed text up in a catalog: the official name, reached exactly or through an alias. */
export type NameMatch =
  | { readonly kind: "exact"; readonly name: string }
  | { readonly kind: "alias"; readonly name: string }
  | { readonly kind: "unknown" };

export interface NamedEntry {
  readonly name: string;
  readonly aliases: readonly string[];
}

/**
 * Finds `text` (a cell as cellText reads it: clean, trimmed) in a catalog. The official name is
 * "exact", also when it was typed with invisible characters or Thai marks in another order, which
 * cellText has already cleaned away: such text prints exactly like the name. A listed alias, or the
 * name spelled differently but alike by matchKey (inner spacing, full-width letters), is an "alias",
 * so the user is told what was read.
 * @example matchCatalogName("แผนงานการพานิชย์", WORK_PLANS) //=> { kind: "alias", name: "แผนงานการพาณิชย์" }
 */
export function matchCatalogName(text: string, entries: readonly NamedEntry[]): NameMatch {
  const exact = entries.find((e) => e.name === text);
  if (exact) return { kind: "exact", name: exact.name };
  const key = matchKey(text);
  if (key === "") return { kind: "unknown" };
  const name = spellingsOf(entries).get(key);
  return name === undefined ? { kind: "unknown" } : { kind: "alias", name };
}

// Catalogs are constants: index each one's spellings once rather than on every cell.
const spellingIndex = new WeakMap<readonly NamedEntry[], ReadonlyMap<string, string>>();

function spellingsOf(entries: readonly NamedEntry[]): ReadonlyMap<string, string> {
  let index = spellingIndex.get(entries);
  if (!index) {
    const map = new Map<string, string>();
    for (const e of entries) {
      if (!map.has(matchKey(e.name))) map.set(matchKey(e.name), e.name);
    }
    for (const e of entries) {
      for (const alias of e.aliases) if (!map.has(matchKey(alias))) map.set(matchKey(alias), e.name);
    }
    index = map;
    spellingIndex.set(entries, index);
  }
  return index;
}
