/** Groups items by key, keeping groups and their items in first-seen order. */
export function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Entries of a first-seen-ordered map sorted by `rank`; equal ranks keep first-seen order (stable sort). */
export function sortedEntries<K, V>(groups: Map<K, V>, rank: (key: K) => number): [K, V][] {
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b));
}
