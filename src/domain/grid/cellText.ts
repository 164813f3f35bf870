import { cleanText, hasRespeltThai } from "../text/cleanText";
import { toArabicDigits } from "../text/thaiDigits";
import { squeeze } from "../text/whiteSpace";
import { isCellError, isCellFormula, type CellValue } from "./CellValue";

/**
 * A character other than printable ASCII and Thai (tab and line breaks included), two spaces, or a
 * space at either end: with no respelt Thai either, cellText keeps the text as it is. One pattern
 * (without the u flag, several times faster on these classes) for most of the 250,000 text cells of
 * a large plan, instead of cleanText's and squeeze's own.
 */
const UNTIDY_CELL = /[^\x20-\x7e\u0e01-\u0e3a\u0e3f-\u0e4c\u0e4e-\u0e5b]| {2}|^ | $/;

const isTidyCell = (text: string): boolean => !UNTIDY_CELL.test(text) && !hasRespeltThai(text);

/**
 * A cell as the plan holds it: clean text (cleanText: no invisible characters, Thai in standard
 * order), trimmed, white space collapsed; numbers as their digits; booleans as TRUE/FALSE; blanks,
 * error values and formulas without a result as "" (rules report those cells themselves). Thai
 * digits are kept: this is user data.
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined || isCellError(value) || isCellFormula(value)) return "";
  if (typeof value === "string") return isTidyCell(value) ? value : squeeze(cleanText(value));
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/**
 * A cell of a hand-made sheet as text to read numbers and labels from: `cellText` with Thai digits as
 * Arabic ones, and booleans blank (a TRUE/FALSE there is a leftover, not the plan's text).
 * @example arabicCellText(" ๑.๒  แผนงาน") //=> "1.2 แผนงาน"
 */
export function arabicCellText(value: CellValue | undefined): string {
  return typeof value === "boolean" ? "" : toArabicDigits(cellText(value));
}
