import {
  isCellError,
  isCellFormula,
  type CellError,
  type CellFormula,
  type CellValue,
} from "../grid/CellValue";

/**
 * Why a cell that was not blank could not be understood, when more can be said than "not readable":
 * - `near`: close to exactly one catalog value (a letter or a mark off), which messages show;
 * - `tooLarge`: an amount at or over the bound of a money cell (`cell`), or one that takes the plan's
 *   total there (`planTotal`): no อปท. budget comes near it, so it is a typing slip, never summed;
 * - `twoDigitYear`: a date whose year has two digits (`year` is as typed, 0–99).
 */
export type InvalidWhy =
  | { readonly kind: "near"; readonly nearest: string }
  | { readonly kind: "tooLarge"; readonly scope: "cell" | "planTotal" }
  | { readonly kind: "twoDigitYear"; readonly day: number; readonly month: number; readonly year: number };

/**
 * How one typed cell was understood. "alias" means it was understood by normalising a known variant
 * (rules warn); "invalid" means it could not be understood (rules raise an error). "cellError" and
 * "formula" are cells whose value is not known (an error value; a formula saved without its result):
 * they are reported once for the cell, never as blank or as a bad value.
 */
export type Reading<T> =
  | { readonly status: "ok"; readonly value: T; readonly text: string }
  | { readonly status: "alias"; readonly value: T; readonly text: string }
  | { readonly status: "blank" }
  | { readonly status: "invalid"; readonly text: string; readonly why?: InvalidWhy }
  | { readonly status: "cellError"; readonly error: string }
  | { readonly status: "formula"; readonly formula: string };

export const BLANK: Reading<never> = { status: "blank" };

export const cellErrorReading = (cell: CellError): Reading<never> => ({
  status: "cellError",
  error: cell.error,
});

export const formulaReading = (cell: CellFormula): Reading<never> => ({
  status: "formula",
  formula: cell.formula,
});

/** The understood value, or undefined when the cell was blank or not understood. */
export function valueOf<T>(reading: Reading<T>): T | undefined {
  return reading.status === "ok" || reading.status === "alias" ? reading.value : undefined;
}

/** The reading of a cell whose value is not known (an error value, a formula without its result), else null. */
export function unknownValueReading(value: CellValue): Reading<never> | null {
  if (isCellError(value)) return cellErrorReading(value);
  if (isCellFormula(value)) return formulaReading(value);
  return null;
}
