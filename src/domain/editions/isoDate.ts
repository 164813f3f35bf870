import type { IsoDate } from "../model/plan";

/**
 * Pure calendar arithmetic on Gregorian ISO dates (YYYY-MM-DD) with a civil-date algorithm
 * (days since 1970-01-01, proleptic Gregorian), so no time zone or clock is ever involved.
 * B.E. dates are converted to Gregorian at the edge (B.E. year − 543).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a well-formed ISO date that exists in the calendar (2024-02-29 yes, 2023-02-29 no). */
export function isValidIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil). */
export function toDayNumber(iso: IsoDate): number {
  if (!isValidIsoDate(iso)) throw new RangeError(`not a calendar date: ${iso}`);
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The ISO date of a day number (H. Hinnant's civil_from_days). */
export function fromDayNumber(days: number): IsoDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return isoDateOf(year, month, day);
}

/**
 * Year, month and day written as an ISO date (not checked: see isValidIsoDate).
 * @example isoDateOf(2026, 10, 1) //=> "2026-10-01"
 */
export function isoDateOf(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The date `n` days after `iso` (before, when `n` is negative).
 * @example addDays("2024-02-15", 14) //=> "2024-02-29"
 */
export function addDays(iso: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(iso) + n);
}

/**
 * Whole days from `a` to `b` (positive when `b` is later); the day of `a` itself is day 0.
 * @example daysBetween("2024-02-28", "2024-03-01") //=> 2
 */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}
