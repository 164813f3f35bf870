import type { CellError } from "../grid/CellValue";

/**
 * How one typed cell was understood. "alias" means it was understood by normalising a known variant
 * (rules warn); "invalid" means it could not be understood (rules raise an error).
 */
export type Reading<T> =
  | { readonly status: "ok"; readonly value: T; readonly text: string }
  | { readonly status: "alias"; readonly value: T; readonly text: string }
  | { readonly status: "blank" }
  | { readonly status: "invalid"; readonly text: string }
  | { readonly status: "cellError"; readonly error: string };

export const BLANK: Reading<never> = { status: "blank" };

export const cellErrorReading = (cell: CellError): Reading<never> => ({
  status: "cellError",
  error: cell.error,
});

/** The understood value, or undefined when the cell was blank or not understood. */
export function valueOf<T>(reading: Reading<T>): T | undefined {
  return reading.status === "ok" || reading.status === "alias" ? reading.value : undefined;
}
