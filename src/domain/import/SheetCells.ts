import type { CellValue } from "../grid/CellValue";

/** A merged range as 0-based top-left plus size, like Office.js/exceljs merge areas. */
export interface CellMerge {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/**
 * One worksheet read raw, for importing hand-made sheets: every value from A1 (dense, row-major,
 * 0-based), the merged ranges, and each cell's solid fill as "#RRGGBB" (null = none or white).
 * Fills matter because many plans mark months only by colouring the cell.
 */
export interface SheetCells {
  readonly name: string;
  readonly values: readonly (readonly CellValue[])[];
  readonly merges: readonly CellMerge[];
  readonly fills: readonly (readonly (string | null)[])[];
}
