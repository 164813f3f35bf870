import { isCellError, isCellFormula, type CellValue } from "../../grid/CellValue";
import { cleanText } from "../../text/cleanText";
import { matchKey } from "../../text/matchKey";

/** "๑๒.๕" → "12.5": hand-made plans mix Thai and Arabic digits freely. */
export function toArabicDigits(text: string): string {
  return text.replace(/[๐-๙]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0x0e50 + 0x30));
}

/**
 * A cell as trimmed clean text (cleanText: what copying from PDFs leaves, cleaned) with Arabic digits
 * and single spaces; errors, formulas without a result and booleans read as blank.
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined || typeof value === "boolean") return "";
  if (isCellError(value) || isCellFormula(value)) return "";
  return toArabicDigits(cleanText(String(value)))
    .replace(/\s+/gu, " ")
    .trim();
}

/** A cell's matchKey without dots, for comparing header labels typed many ways. */
export function compactText(value: CellValue | undefined): string {
  return matchKey(cellText(value)).replace(/\./gu, "");
}
