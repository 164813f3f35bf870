import { z } from "zod";

/** Money is an integer number of satang (1 baht = 100 satang); never summed as floats. */
export const SatangSchema = z.number().int().refine(Number.isSafeInteger, "satang must be a safe integer");
export type Satang = z.infer<typeof SatangSchema>;

export const SATANG_PER_BAHT = 100;

/**
 * No อปท. budget reaches 10^12 baht (Bangkok's whole annual budget is below 10^11), so an amount at or
 * over it is a typing slip. Amounts are held below it, and so is the plan's total: every sum of a
 * plan's rows then stays below 10^14 satang, far inside exact integers (2^53 ≈ 9 × 10^15).
 */
export const MAX_BAHT = 1_000_000_000_000;
export const MAX_SATANG = MAX_BAHT * SATANG_PER_BAHT;

/** Converts a baht amount with at most 2 decimals to satang, rounding away float noise. */
export function bahtToSatang(baht: number): Satang {
  return Math.round(baht * SATANG_PER_BAHT);
}

/** Baht as a JS number, for JSON output (exact for amounts below 2^53 satang). */
export function satangToBaht(satang: Satang): number {
  return satang / SATANG_PER_BAHT;
}

/** Sum of satang amounts; integer addition, so exact. */
export function sumSatang(amounts: Iterable<Satang>): Satang {
  let total = 0;
  for (const amount of amounts) total += amount;
  return total;
}
