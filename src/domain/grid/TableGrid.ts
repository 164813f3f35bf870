import type { CellRect } from "./a1";
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
  /**
   * What lies under the table, within its columns, down to the sheet's last used row: rows typed
   * below a table that did not grow (LibreOffice never grows tables; pasting often does not).
   * Trailing blank rows are dropped; rowsBelow[i] is at 0-based sheet row `firstRowBelow + i`.
   * The core decides what counts; adapters only deliver it.
   */
  readonly rowsBelow: readonly (readonly CellValue[])[];
  /** 0-based sheet row of rowsBelow[0]: the row after the table's last (body or totals) row. */
  readonly firstRowBelow: number;
  /** Merged areas overlapping the body or the rows below (0-based sheet coordinates). */
  readonly merges: readonly CellRect[];
}
