/**
 * One cell as both adapters deliver it. Office.js and exceljs differ (error values, dates), so each
 * adapter normalises to this shape: dates become Excel serial numbers, errors become `{ error }`.
 */
export type CellError = { readonly error: string };
export type CellValue = string | number | boolean | null | CellError;

export function isCellError(value: CellValue): value is CellError {
  return typeof value === "object" && value !== null && "error" in value;
}

/** True for null, empty strings and strings of only white space. */
export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}
