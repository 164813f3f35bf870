import { matchKey } from "../text/matchKey";

/**
 * The one name that `text` misses by a slip (a letter or mark wrong, missing or extra: at most one
 * edit in 8 characters, three at most), so a message can show where the two differ; null when no
 * name is that close, or two are equally close.
 * @example nearestName("ข่อบัญญัติงบประมาณรายจ่ายประจำปี", ["ข้อบัญญัติงบประมาณรายจ่ายประจำปี", "จ่ายขาดเงินสะสม"]) //=> "ข้อบัญญัติงบประมาณรายจ่ายประจำปี"
 */
export function nearestName(text: string, names: readonly string[]): string | null {
  const key = [...matchKey(text)];
  if (key.length === 0) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  let tied = false;
  for (const name of names) {
    const other = [...matchKey(name)];
    const allowed = Math.min(3, Math.max(1, Math.floor(other.length / 8)));
    const distance = editDistance(key, other, allowed);
    if (distance > allowed) continue;
    if (distance < bestDistance) [best, bestDistance, tied] = [name, distance, false];
    else if (distance === bestDistance && name !== best) tied = true;
  }
  return tied ? null : best;
}

/** Levenshtein distance of two code point lists, or `limit + 1` as soon as it must exceed `limit`. */
function editDistance(a: readonly string[], b: readonly string[], limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}
