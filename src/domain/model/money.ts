import { z } from "zod";

/** Money is an integer number of satang (1 baht = 100 satang); never summed as floats. */
export const SatangSchema = z.number().int().refine(Number.isSafeInteger, "satang must be a safe integer");
export type Satang = z.infer<typeof SatangSchema>;

export const SATANG_PER_BAHT = 100;

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
