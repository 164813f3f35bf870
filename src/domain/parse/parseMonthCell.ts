import { isBlank, isCellError, isCellFormula, type CellValue } from "../grid/CellValue";

// What prints nothing around a mark (as isBlank), so "-\u200b" is still a lone dash.
const AROUND = "[\\s\\u00ad\\u200b-\\u200f\\u2060\\ufeff]*";
/**
 * A lone zero or dash ("none", as hand-made tables fill months that do not run), in any of the forms
 * copying gives it. A pattern rather than trimming each mark: that copied every ✓ of a 50,000-row plan.
 */
const NONE_MARK = new RegExp(`^${AROUND}(?:0|๐|０|-|–|—|−|－)${AROUND}$`, "u");
const FALSE_TEXT = /^\s*false\s*$/iu;

/**
 * Whether a month cell marks the activity as running that month: any non-blank mark counts (✓, /, x,
 * 1, →, TRUE, …), except FALSE and a "none" mark (see isNoneMark), which read as not this month, so a
 * row of 0s is caught as unscheduled. A formula without a saved result marks nothing (it is reported).
 */
export function parseMonthCell(value: CellValue): boolean {
  if (isBlank(value) || isCellError(value) || isCellFormula(value)) return false;
  if (value === false || value === 0) return false;
  return typeof value !== "string" || !(NONE_MARK.test(value) || FALSE_TEXT.test(value));
}

/**
 * True for a month cell holding only a zero or a dash: read as not this month, which is what staff
 * who fill every other month with "-" mean, but said at the cell in case a mark was meant.
 */
export function isNoneMark(value: CellValue): boolean {
  return value === 0 || (typeof value === "string" && NONE_MARK.test(value));
}
