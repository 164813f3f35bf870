import { z } from "zod";

/** Month abbreviations in fiscal order: the fiscal year starts in October of the previous B.E. year. */
export const FISCAL_MONTHS = [
  "ต.ค.",
  "พ.ย.",
  "ธ.ค.",
  "ม.ค.",
  "ก.พ.",
  "มี.ค.",
  "เม.ย.",
  "พ.ค.",
  "มิ.ย.",
  "ก.ค.",
  "ส.ค.",
  "ก.ย.",
] as const;
export type FiscalMonth = (typeof FISCAL_MONTHS)[number];

/** English month abbreviations in the same fiscal order. */
export const FISCAL_MONTHS_EN = [
  "Oct",
  "Nov",
  "Dec",
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
] as const;

/** A list of the twelve months in fiscal order turned to start in January (calendar order). */
export function inCalendarOrder<T>(fiscalOrder: readonly T[]): T[] {
  const january = FISCAL_MONTHS.indexOf("ม.ค.");
  return [...fiscalOrder.slice(january), ...fiscalOrder.slice(0, january)];
}

/** Twelve flags in fiscal order (index 0 = ต.ค.); true = the activity runs that month. */
export const MonthMaskSchema = z.array(z.boolean()).length(12);
export type MonthMask = z.infer<typeof MonthMaskSchema>;

/** The first three fiscal months fall in the previous B.E. year (ต.ค.–ธ.ค. of FY−1). */
export function calendarYearOfFiscalMonth(fiscalYear: number, monthIndex: number): number {
  return monthIndex < 3 ? fiscalYear - 1 : fiscalYear;
}

/** Contiguous runs of active months, as [first, last] index pairs: disjoint periods are separate bars. */
export function activeRuns(mask: MonthMask): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  mask.forEach((on, i) => {
    if (on && start < 0) start = i;
    if (!on && start >= 0) {
      runs.push([start, i - 1]);
      start = -1;
    }
  });
  if (start >= 0) runs.push([start, mask.length - 1]);
  return runs;
}
