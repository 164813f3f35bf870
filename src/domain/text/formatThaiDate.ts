import { digitsFor } from "./thaiDigits";
import { BUDDHIST_ERA_OFFSET, THAI_MONTH_ABBREVIATIONS, THAI_MONTH_NAMES } from "./thaiMonthNames";

export interface ThaiDateParts {
  readonly day: string;
  readonly month: string;
  /** B.E. year. */
  readonly year: string;
  /** "10 ตุลาคม พ.ศ. 2569" */
  readonly text: string;
}

/** Year, month (1–12) and day of a Gregorian ISO date, parsed by hand (no Date, so no time zone). */
function isoParts(iso: string): { readonly year: number; readonly month: number; readonly day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12) throw new RangeError(`not an ISO date: ${iso}`);
  return { year: Number(match[1]), month, day: Number(match[3]) };
}

/**
 * Formats a Gregorian ISO date (YYYY-MM-DD) the way Thai official documents print it.
 * @example formatThaiDate("2026-10-10", { thaiDigits: false }).text //=> "10 ตุลาคม พ.ศ. 2569"
 * @throws RangeError when the text is not an ISO date
 */
export function formatThaiDate(iso: string, options: { readonly thaiDigits: boolean }): ThaiDateParts {
  const parts = isoParts(iso);
  const month = THAI_MONTH_NAMES[parts.month - 1] ?? "";
  const day = digitsFor(String(parts.day), options.thaiDigits);
  const year = digitsFor(String(parts.year + BUDDHIST_ERA_OFFSET), options.thaiDigits);
  return { day, month, year, text: `${day} ${month} พ.ศ. ${year}` };
}

/**
 * A Gregorian ISO date the short way staff write it (month abbreviation, B.E. year, no "พ.ศ."), as the
 * pane and the generated sheets' notes show dates.
 * @example formatThaiShortDate("2026-10-10") //=> "10 ต.ค. 2569"
 * @throws RangeError when the text is not an ISO date
 */
export function formatThaiShortDate(iso: string): string {
  const { year, month, day } = isoParts(iso);
  return `${day} ${THAI_MONTH_ABBREVIATIONS[month - 1] ?? ""} ${year + BUDDHIST_ERA_OFFSET}`;
}
