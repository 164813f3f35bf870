import { BUDDHIST_ERA_OFFSET } from "../../domain/text/thaiMonthNames";

/** A Gregorian year typed where a B.E. year was wanted, as its B.E. equivalent; null otherwise. */
export function buddhistEraHint(typed: string): number | null {
  const year = Number(typed);
  return Number.isInteger(year) && year >= 1900 && year <= 2200 ? year + BUDDHIST_ERA_OFFSET : null;
}
