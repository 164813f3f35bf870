import fc from "fast-check";
import { largestRemainder } from "../../../../src/domain/rollup/largestRemainder";

describe("largestRemainder", () => {
  it("gives three equal parts 33.34 / 33.33 / 33.33 %, the tie going to the first", () => {
    expect(largestRemainder([1, 1, 1], 3)).toEqual([3334, 3333, 3333]);
  });

  it("rounds 2/3 up and 1/3 down", () => {
    expect(largestRemainder([2, 1], 3)).toEqual([6667, 3333]);
  });

  it("hands the spare hundredth to the largest remainder, not to the largest part", () => {
    // 30.7042 %, 63.6316 %, 0.8715 %, 4.7930 % of 3,442,525 baht: rounding each gives 99.99 %.
    expect(largestRemainder([1_057_000, 2_190_525, 30_000, 165_000], 3_442_525)).toEqual([
      3071, 6363, 87, 479,
    ]);
  });

  it("apportions a parent's displayed share instead of 10000", () => {
    expect(largestRemainder([3, 2], 5, 2381)).toEqual([1429, 952]);
  });

  it("breaks equal remainders in favour of the larger part", () => {
    // 1/4 and 3/4 of 2 units: remainders 0.5 and 0.5; the larger part takes the spare unit.
    expect(largestRemainder([1, 3], 4, 2)).toEqual([0, 2]);
  });

  it("gives zeros when there is nothing to share", () => {
    expect(largestRemainder([0, 0], 0)).toEqual([0, 0]);
    expect(largestRemainder([], 0)).toEqual([]);
  });

  it("stays exact for budgets whose satang × 10000 passes 2^53", () => {
    const big = 9_000_000_000_000;
    expect(largestRemainder([big, big, big], 3 * big)).toEqual([3334, 3333, 3333]);
  });

  it("refuses parts that do not add up to the total, or negative parts", () => {
    expect(() => largestRemainder([1, 2], 4)).toThrow(RangeError);
    expect(() => largestRemainder([-1, 2], 1)).toThrow(RangeError);
    expect(() => largestRemainder([0.5, 0.5], 1)).toThrow(RangeError);
  });

  it("always sums to the scale, stays within one unit of the exact quota and keeps larger parts ≥ smaller", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1e12 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 0, max: 10000 }),
        (parts, scale) => {
          const total = parts.reduce((a, b) => a + b, 0);
          const shares = largestRemainder(parts, total, scale);
          expect(shares.reduce((a, b) => a + b, 0)).toBe(total === 0 ? 0 : scale);
          parts.forEach((part, i) => {
            const exact = total === 0 ? 0 : (part * scale) / total;
            expect(Math.abs((shares[i] ?? NaN) - exact)).toBeLessThan(1 + 1e-6);
            parts.forEach((other, j) => {
              if (part > other) expect(shares[i]).toBeGreaterThanOrEqual(shares[j] ?? Infinity);
            });
          });
        },
      ),
    );
  });
});
