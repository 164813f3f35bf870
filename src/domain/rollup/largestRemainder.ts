/**
 * Apportions `scale` units (by default 10000 hundredths of a percent = 100.00 %) among `parts` in
 * proportion to `part / total`, by the largest-remainder method, so the results add up to `scale`
 * exactly. `total` must be the sum of `parts` (a zero total gives all zeros).
 * Ties in remainder go to the larger part, then to the earlier one, so the result is deterministic.
 *
 * @example largestRemainder([1, 1, 1], 3) //=> [3334, 3333, 3333]
 * @example largestRemainder([842_000, 215_000], 1_057_000, 3071) //=> [2446, 625]
 */
export function largestRemainder(parts: readonly number[], total: number, scale = 10000): number[] {
  for (const value of [...parts, total, scale]) {
    if (!Number.isSafeInteger(value) || value < 0)
      throw new RangeError(`largestRemainder: ${value} is not a natural number`);
  }
  const sum = parts.reduce((a, b) => a + b, 0);
  if (sum !== total) throw new RangeError(`largestRemainder: parts sum to ${sum}, not ${total}`);
  if (total === 0) return parts.map(() => 0);

  // BigInt because satang × 10000 can pass 2^53 for large budgets; no `0n` literals: the shipped
  // scripts parse as ES2017.
  const bigTotal = BigInt(total);
  const bigScale = BigInt(scale);
  const shares = parts.map((part, index) => {
    const product = BigInt(part) * bigScale;
    return { index, part, floor: product / bigTotal, remainder: product % bigTotal };
  });
  let left = Number(bigScale - shares.reduce((acc, s) => acc + s.floor, BigInt(0)));
  const byRemainder = [...shares].sort((a, b) =>
    a.remainder === b.remainder ? b.part - a.part || a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  // `left` is the sum of the fractional parts, so it is smaller than the number of parts that have one.
  for (const share of byRemainder) {
    if (left === 0) break;
    share.floor += BigInt(1);
    left -= 1;
  }
  return shares.map((s) => Number(s.floor));
}
