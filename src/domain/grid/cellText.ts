import { toArabicDigits } from "../text/thaiDigits";
import { squeeze } from "../text/whiteSpace";
import { isCellError, type CellValue } from "./CellValue";

/**
 * A cell as the user typed it, tidied: text squeezed (see `squeeze`), numbers as their digits,
 * booleans as TRUE/FALSE, blanks and error values as "". Thai digits are kept: this is user data.
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined || isCellError(value)) return "";
  if (typeof value === "string") return squeeze(value);
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
