import type { CellValue } from "./CellValue";

/**
 * An Excel table read raw: header texts and body rows, with where it sits so every value can be
 * traced back to its cell. `headerRow` and `firstColumn` are 0-based sheet indexes of the header's
 * first cell; body row i is at sheet row `headerRow + 1 + i`.
 */
export interface TableGrid {
  readonly name: string;
  readonly sheet: string;
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
}
