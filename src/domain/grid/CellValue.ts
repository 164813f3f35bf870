/**
 * One cell as both adapters deliver it. Office.js and exceljs differ (error values, dates), so each
 * adapter normalises to this shape: dates become Excel serial numbers, errors become `{ error }`.
 * A formula that a file holds without its result (saved by a program that does not calculate, such
 * as openpyxl) is `{ formula }`: its value is unknown, never empty. Office.js always has results.
 */
export type CellError = { readonly error: string };
export type CellFormula = { readonly formula: string };
export type CellValue = string | number | boolean | null | CellError | CellFormula;

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}

export function isCellFormula(value: CellValue): value is CellFormula {
  return typeof value === "object" && value !== null && "formula" in value;
}

// Text that prints nothing: white space and the invisible characters copying leaves (see cleanText).
// Anchored at the start, so it fails at the first visible character of any other text.
const PRINTS_NOTHING = /^[\s\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]*$/u;

/** True for null, empty strings and strings that print nothing (white space, zero-width characters). */
export function isBlank(value: CellValue): boolean {
  if (value === null) return true;
  if (typeof value !== "string") return false;
  // Nearly every text starts with a printable ASCII or Thai character: then it is not blank.
  const first = value.charCodeAt(0);
  if ((first > 0x20 && first < 0x7f) || (first >= 0x0e01 && first <= 0x0e5b)) return false;
  return PRINTS_NOTHING.test(value);
}
