import { projectNameKey, villagesOf } from "./projectNameKey";

/** A name ready to be compared many times: its key, the key's character pairs, its villages. */
export interface ComparableName {
  readonly key: string;
  readonly pairs: ReadonlyMap<string, number>;
  readonly villages: ReadonlySet<number>;
}

/** A shorter key found whole in a longer one names the same project (the longer adds a place or a year). */
const CONTAINED = 0.9;
const MIN_CONTAINED_LENGTH = 6;
/** Below this the names share too little to be one project. */
export const PLAINLY_DIFFERENT_BELOW = 0.6;

/** The character pairs of a key, counted (Thai has no spaces between words: pairs stand in for words). */
function pairsOf(key: string): Map<string, number> {
  const pairs = new Map<string, number>();
  for (let i = 0; i + 1 < key.length; i++) {
    const pair = key.slice(i, i + 2);
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  return pairs;
}

export function comparableName(name: string): ComparableName {
  const key = projectNameKey(name);
  return { key, pairs: pairsOf(key), villages: villagesOf(name) };
}

/**
 * How alike two names are, 0–1: 1 when their keys are equal (projectNameKey), 0.9 at least when one key
 * holds the other whole, else the share of character pairs they have in common (Dice).
 * @example nameSimilarity(comparableName("ก่อสร้างถนน คสล. ม.3"), comparableName("โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ ๓")) //=> 1
 */
export function nameSimilarity(a: ComparableName, b: ComparableName): number {
  if (a.key === b.key) return a.key === "" ? 0 : 1;
  const [shorter, longer] = a.key.length <= b.key.length ? [a.key, b.key] : [b.key, a.key];
  const contained = shorter.length >= MIN_CONTAINED_LENGTH && longer.includes(shorter) ? CONTAINED : 0;
  return Math.max(contained, dice(a.pairs, b.pairs));
}

function dice(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const count of a.values()) total += count;
  for (const [pair, count] of b) {
    total += count;
    shared += Math.min(count, a.get(pair) ?? 0);
  }
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Whether both names name villages and no village is in both (หมู่ที่ 3 against หมู่ที่ 5). */
export function villagesDiffer(a: ComparableName, b: ComparableName): boolean {
  if (a.villages.size === 0 || b.villages.size === 0) return false;
  for (const village of a.villages) if (b.villages.has(village)) return false;
  return true;
}

/**
 * Whether two names plainly name different projects: other villages, or too little in common. Spacing,
 * digits, `โครงการ`, abbreviations, a year or a place added, and a letter or two typed differently are
 * harmless.
 */
export function namesPlainlyDiffer(a: ComparableName, b: ComparableName): boolean {
  if (a.key === b.key) return false;
  return villagesDiffer(a, b) || nameSimilarity(a, b) < PLAINLY_DIFFERENT_BELOW;
}
