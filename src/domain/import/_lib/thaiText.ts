import { isCellError, type CellValue } from "../../grid/CellValue";

const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";

/** "๑๒.๕" → "12.5": hand-made plans mix Thai and Arabic digits freely. */
export function toArabicDigits(text: string): string {
  return text.replace(/[๐-๙]/gu, (d) => String(THAI_DIGITS.indexOf(d)));
}

/** A cell as trimmed text with Arabic digits and single spaces (errors and booleans read as blank). */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined || typeof value === "boolean" || isCellError(value)) return "";
  return toArabicDigits(String(value)).replace(/\s+/gu, " ").trim();
}

/** Text with every space, dot and newline removed, for comparing header labels typed many ways. */
export function compactText(value: CellValue | undefined): string {
  return cellText(value).replace(/[\s.]/gu, "");
}
