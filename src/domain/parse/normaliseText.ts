import { isCellError, isCellFormula, type CellValue } from "../grid/CellValue";
import { cleanText, hasRespeltThai } from "../text/cleanText";

const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";

/** Thai digits ๐–๙ as 0–9. */
export function toArabicDigits(text: string): string {
  // Most text has no Thai digits: skip the copy that replace would make.
  if (!/[๐-๙]/u.test(text)) return text;
  return text.replace(/[๐-๙]/gu, (d) => String(THAI_DIGITS.indexOf(d)));
}

// Text squeeze would change: white space other than a lone inner space. Most cells are already tidy,
// and replacing would copy every one of them (the bulk of the garbage when reading 50,000 rows).
const UNTIDY_SPACE = /[^\S ]|\u200b|[\s\u200b]{2}|^ | $/u;

/** Trims and collapses runs of white space (incl. no-break and zero-width spaces) to one space. */
export function squeeze(text: string): string {
  if (!UNTIDY_SPACE.test(text)) return text;
  return text.replace(/[\s\u200b]+/gu, " ").trim();
}

/**
 * A character other than printable ASCII and Thai (tab and line breaks included), two spaces, or a
 * space at either end: with no respelt Thai either, cellText keeps the text as it is. One pattern
 * (without the u flag, several times faster on these classes) for most of the 250,000 text cells of
 * a large plan, instead of cleanText's and squeeze's own.
 */
const UNTIDY_CELL = /[^\x20-\x7e\u0e01-\u0e3a\u0e3f-\u0e4c\u0e4e-\u0e5b]| {2}|^ | $/;

const isTidyCell = (text: string): boolean => !UNTIDY_CELL.test(text) && !hasRespeltThai(text);

/** Removes every white space: for comparisons that must not depend on spacing. */
export function compact(text: string): string {
  return text.replace(/[\s\u200b]+/gu, "");
}

/**
 * A cell as the plan holds it: clean text (cleanText: no invisible characters, Thai in standard
 * order), trimmed, white space collapsed; numbers as typed digits; blanks, error values and formulas
 * without a result as "" (rules report those cells themselves).
 */
export function cellText(value: CellValue): string {
  if (value === null || isCellError(value) || isCellFormula(value)) return "";
  if (typeof value === "string") return isTidyCell(value) ? value : squeeze(cleanText(value));
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}
