import { isBlank, isCellError, isCellFormula, type CellValue } from "../grid/CellValue";

// What prints nothing around a mark (as isBlank), so "-\u200b" is still a lone dash.
const AROUND = "[\\s\\u00ad\\u200b-\\u200f\\u2060\\ufeff]*";
/** A lone zero or dash ("none", as hand-made tables fill months that do not run), in the forms copying gives it. */
const NONE_MARK = new RegExp(`^${AROUND}(?:0|๐|０|-|–|—|−|－)${AROUND}$`, "u");
const FALSE_TEXT = /^\s*false\s*$/iu;
/** The one-character "none" marks: 0 ๐ ０ - – — − －. */
const NONE_CHARACTERS = new Set([0x30, 0x0e50, 0xff10, 0x2d, 0x2013, 0x2014, 0x2212, 0xff0d]);

/** How a month cell reads: a mark, a "none" mark (a lone 0 or dash), or nothing. */
export type MonthMark = "marked" | "none" | "unmarked";

/**
 * How a month cell reads: any non-blank mark counts (✓, /, x, 1, →, TRUE, …), except FALSE (unmarked)
 * and a lone zero or dash ("none": read as not this month, so a row of 0s is caught as unscheduled,
 * and said at the cell in case a mark was meant). A formula without a saved result marks nothing (it
 * is reported). One-character marks (✓, the common case) are read without a pattern: a 50,000-row
 * plan has 600,000 month cells.
 */
export function readMonthCell(value: CellValue): MonthMark {
  if (typeof value === "string") {
    if (value.length === 1) {
      const c = value.charCodeAt(0);
      if (NONE_CHARACTERS.has(c)) return "none";
      return isBlank(value) ? "unmarked" : "marked";
    }
    if (isBlank(value)) return "unmarked";
    if (NONE_MARK.test(value)) return "none";
    return FALSE_TEXT.test(value) ? "unmarked" : "marked";
  }
  if (value === 0) return "none";
  if (value === null || value === false || isCellError(value) || isCellFormula(value)) return "unmarked";
  return "marked";
}

/** Whether a month cell marks the activity as running that month (see readMonthCell). */
export function parseMonthCell(value: CellValue): boolean {
  return readMonthCell(value) === "marked";
}

/** True for a month cell holding only a zero or a dash (see readMonthCell). */
export function isNoneMark(value: CellValue): boolean {
  return readMonthCell(value) === "none";
}
