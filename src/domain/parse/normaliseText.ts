import { isCellError, type CellValue } from "../grid/CellValue";

const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";

/** Thai digits ๐–๙ as 0–9. */
export function toArabicDigits(text: string): string {
  return text.replace(/[๐-๙]/gu, (d) => String(THAI_DIGITS.indexOf(d)));
}

/** Trims and collapses runs of white space (incl. no-break and zero-width spaces) to one space. */
export function squeeze(text: string): string {
  return text.replace(/[\s\u200b]+/gu, " ").trim();
}

/** Removes every white space: for comparisons that must not depend on spacing. */
export function compact(text: string): string {
  return text.replace(/[\s\u200b]+/gu, "");
}

/** A cell as trimmed text: numbers as typed digits, blanks and error values as "". */
export function cellText(value: CellValue): string {
  if (value === null || isCellError(value)) return "";
  if (typeof value === "string") return squeeze(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}
