import type { Satang } from "../../model/money";

/**
 * Whether any amount has satang: a table then prints all its amounts, totals too, with two decimals
 * (never 101 twice under a total of 201).
 */
export function hasSatang(amounts: Iterable<Satang>): boolean {
  for (const amount of amounts) if (amount % 100 !== 0) return true;
  return false;
}
