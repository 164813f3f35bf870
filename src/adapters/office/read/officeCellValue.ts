import type { CellValue } from "../../../domain/grid/CellValue";

/**
 * An Office.js value with its value type as the core's CellValue: errors as `{ error }`, empty cells
 * and empty strings as null (both adapters read "" as an empty cell).
 */
export function officeCellValue(value: unknown, type: string | undefined): CellValue {
  if (type === "Error") return { error: String(value) };
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** A range's `values` with its `valueTypes`, as rows of CellValue. */
export function officeCellRows(
  values: readonly (readonly unknown[])[],
  types: readonly (readonly string[])[],
): CellValue[][] {
  return values.map((row, r) => row.map((value, c) => officeCellValue(value, types[r]?.[c])));
}
