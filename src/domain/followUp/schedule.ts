import { addDays, daysBetween, isoDateOf } from "../editions/isoDate";
import { FISCAL_MONTHS, type MonthMask } from "../model/months";
import type { IsoDate } from "../model/plan";
import { BUDDHIST_ERA_OFFSET } from "../text/thaiMonthNames";

/**
 * The fiscal year on the calendar: B.E. fiscal year FY runs 1 October FY−1 to 30 September FY
 * (Gregorian ISO inside), its months ต.ค. … ก.ย. numbered 0–11 as in MonthMask.
 */
export interface FiscalYearBounds {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/**
 * Whether a fiscal year can be put on the calendar (its dates have four-digit Gregorian years): a
 * mistyped year (25, 70000) is reported by the fiscal-year rule, and the schedule checks skip it.
 */
export function hasCalendar(fiscalYear: number): boolean {
  return (
    Number.isInteger(fiscalYear) &&
    fiscalYear >= 1001 + BUDDHIST_ERA_OFFSET &&
    fiscalYear <= 9999 + BUDDHIST_ERA_OFFSET
  );
}

/** @example fiscalYearBounds(2570) //=> { start: "2026-10-01", end: "2027-09-30" } */
export function fiscalYearBounds(fiscalYear: number): FiscalYearBounds {
  const endYear = fiscalYear - BUDDHIST_ERA_OFFSET;
  return { start: isoDateOf(endYear - 1, 10, 1), end: isoDateOf(endYear, 9, 30) };
}

/** The first day of fiscal month `month` (0 = ต.ค.). */
export function fiscalMonthStart(fiscalYear: number, month: number): IsoDate {
  const endYear = fiscalYear - BUDDHIST_ERA_OFFSET;
  const calendarMonth = ((month + 9) % 12) + 1;
  return isoDateOf(month < 3 ? endYear - 1 : endYear, calendarMonth, 1);
}

/** The last day of fiscal month `month` (0 = ต.ค.). @example fiscalMonthEnd(2570, 5) //=> "2027-03-31" */
export function fiscalMonthEnd(fiscalYear: number, month: number): IsoDate {
  const next = month === FISCAL_MONTHS.length - 1 ? addDays(fiscalYearBounds(fiscalYear).end, 1) : null;
  return addDays(next ?? fiscalMonthStart(fiscalYear, month + 1), -1);
}

/**
 * How many fiscal months have passed by `asOf` (0–12): a month counts from its last day on, so as of
 * 31 มี.ค. the six months ต.ค.–มี.ค. have passed.
 * @example monthsPassed(2570, "2027-03-31") //=> 6
 */
export function monthsPassed(fiscalYear: number, asOf: IsoDate): number {
  let passed = 0;
  while (passed < FISCAL_MONTHS.length && daysBetween(fiscalMonthEnd(fiscalYear, passed), asOf) >= 0)
    passed++;
  return passed;
}

/** The fiscal month a date falls in; a date before the year is its first month, one after it the last. */
export function fiscalMonthOf(fiscalYear: number, date: IsoDate): number {
  for (let month = 0; month < FISCAL_MONTHS.length - 1; month++)
    if (daysBetween(fiscalMonthEnd(fiscalYear, month), date) <= 0) return month;
  return FISCAL_MONTHS.length - 1;
}

/** Whether a date lies within the fiscal year (both ends included). */
export function isInFiscalYear(fiscalYear: number, date: IsoDate): boolean {
  const { start, end } = fiscalYearBounds(fiscalYear);
  return daysBetween(start, date) >= 0 && daysBetween(date, end) >= 0;
}

/** The first and last months marked in a schedule (null without any). */
export function scheduledMonths(months: MonthMask): { readonly first: number; readonly last: number } | null {
  const first = months.indexOf(true);
  return first < 0 ? null : { first, last: months.lastIndexOf(true) };
}
