/** Groups items by key, groups sorted by `rank` (ties keep first-seen order), items in input order. */
export function groupInOrder<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  rank: (key: string) => number,
): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b));
}
