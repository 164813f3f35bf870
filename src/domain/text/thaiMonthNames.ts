import { FISCAL_MONTHS, inCalendarOrder, type FiscalMonth } from "../model/months";

/** Full Thai month names, January first (calendar order, not fiscal order). */
export const THAI_MONTH_NAMES = [
  "มกราคม",
  "กุมภาพันธ์",
  "มีนาคม",
  "เมษายน",
  "พฤษภาคม",
  "มิถุนายน",
  "กรกฎาคม",
  "สิงหาคม",
  "กันยายน",
  "ตุลาคม",
  "พฤศจิกายน",
  "ธันวาคม",
] as const;

/**
 * Thai month abbreviations, January first (calendar order): FISCAL_MONTHS, the one list of them,
 * turned to start in January.
 */
export const THAI_MONTH_ABBREVIATIONS: readonly FiscalMonth[] = inCalendarOrder(FISCAL_MONTHS);

/** Buddhist Era = Gregorian + 543. */
export const BUDDHIST_ERA_OFFSET = 543;
