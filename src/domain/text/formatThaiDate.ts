import { digitsFor } from "./toThaiDigits";
import { BUDDHIST_ERA_OFFSET, THAI_MONTH_NAMES } from "./thaiMonthNames";

export interface ThaiDateParts {
  readonly day: string;
  readonly month: string;
  /** B.E. year. */
  readonly year: string;
  /** "10 ตุลาคม พ.ศ. 2569" */
  readonly text: string;
}

/**
 * Formats a Gregorian ISO date (YYYY-MM-DD) the way Thai official documents print it.
 * Parsed by hand (no Date) so the result never depends on the time zone.
 * @example formatThaiDate("2026-10-10", { thaiDigits: false }).text //=> "10 ตุลาคม พ.ศ. 2569"
 */
export function formatThaiDate(iso: string, options: { readonly thaiDigits: boolean }): ThaiDateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  const month = match ? THAI_MONTH_NAMES[Number(match[2]) - 1] : undefined;
  if (!match?.[1] || !match[3] || month === undefined) throw new RangeError(`not an ISO date: ${iso}`);
  const day = digitsFor(String(Number(match[3])), options.thaiDigits);
  const year = digitsFor(String(Number(match[1]) + BUDDHIST_ERA_OFFSET), options.thaiDigits);
  return { day, month, year, text: `${day} ${month} พ.ศ. ${year}` };
}
