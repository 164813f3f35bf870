/** Outcome of looking typed text up in a catalog: the official name, reached exactly or through an alias. */
export type NameMatch =
  | { readonly kind: "exact"; readonly name: string }
  | { readonly kind: "alias"; readonly name: string }
  | { readonly kind: "unknown" };

export interface NamedEntry {
  readonly name: string;
  readonly aliases: readonly string[];
}

const compact = (text: string): string => text.replace(/[\s\u200b]+/gu, "");

/**
 * Finds `text` (already trimmed) in a catalog. Only the exact official name is "exact"; a listed alias
 * or the official name with different inner spacing is an "alias", so the user is told what was changed.
 * @example matchCatalogName("แผนงานการพานิชย์", WORK_PLANS) //=> { kind: "alias", name: "แผนงานการพาณิชย์" }
 */
export function matchCatalogName(text: string, entries: readonly NamedEntry[]): NameMatch {
  const exact = entries.find((e) => e.name === text);
  if (exact) return { kind: "exact", name: exact.name };
  const key = compact(text);
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
      if (!map.has(compact(e.name))) map.set(compact(e.name), e.name);
    }
    for (const e of entries) {
      for (const alias of e.aliases) if (!map.has(compact(alias))) map.set(compact(alias), e.name);
    }
    index = map;
    spellingIndex.set(entries, index);
  }
  return index;
}
