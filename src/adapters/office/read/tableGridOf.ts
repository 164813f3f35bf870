import { isBlank, type CellValue } from "../../../domain/grid/CellValue";
import type { TableGrid } from "../../../domain/grid/TableGrid";
import type { CellRect } from "../../../domain/grid/a1";
import { cellText } from "../../../domain/grid/cellText";
import { officeCellValue } from "./officeCellValue";

/** One table as read, before it is cut to what the core sees. */
export interface TableRead {
  readonly name: string;
  readonly sheet: string;
  /** The whole table (header, body, totals), 0-based. */
  readonly rect: CellRect;
  readonly headerValues: readonly (readonly unknown[])[];
  /** Every body row, trailing blank ones too. */
  readonly body: readonly (readonly CellValue[])[];
  /** Rows under the table within its columns, from its first row below, as far as anything was found. */
  readonly below: readonly (readonly CellValue[])[];
  /** 0-based row where another table of the sheet starts under this one; rows below stop there. */
  readonly stopRow: number | null;
  /** Merged areas found over the body and below (any that overlap the grid are kept). */
  readonly merges: readonly CellRect[];
}

/**
 * A table as the core's TableGrid, cut as the file adapter cuts it: headers as their cell text; the
 * body without its trailing blank rows; below it, the rows down to the last one with a value (before
 * any other table), and the merged areas that overlap the body or those rows.
 */
export function tableGridOf(read: TableRead): TableGrid {
  const { rect } = read;
  const bodyFirst = rect.row + 1;
  const firstRowBelow = rect.row + rect.rowCount;
  const rows = dropTrailingBlank(read.body);
  const rowsBelow = dropTrailingBlank(
    read.stopRow === null ? read.below : read.below.slice(0, Math.max(0, read.stopRow - firstRowBelow)),
  );
  const lastRow = Math.max(bodyFirst + read.body.length - 1, firstRowBelow + rowsBelow.length - 1);
  const lastColumn = rect.column + rect.columnCount - 1;
  return {
    name: read.name,
    sheet: read.sheet,
    headerRow: rect.row,
    firstColumn: rect.column,
    headers: (read.headerValues[0] ?? []).map((value) => cellText(officeCellValue(value, undefined))),
    rows,
    rowsBelow,
    firstRowBelow,
    merges: read.merges.filter(
      (m) =>
        m.row <= lastRow &&
        m.row + m.rowCount - 1 >= bodyFirst &&
        m.column <= lastColumn &&
        m.column + m.columnCount - 1 >= rect.column,
    ),
  };
}

/** Blank rows at the end are no rows (a new table's body is one empty row); between entries they stay. */
function dropTrailingBlank(rows: readonly (readonly CellValue[])[]): CellValue[][] {
  let end = rows.length;
  while (end > 0 && (rows[end - 1] ?? []).every(isBlank)) end--;
  return rows.slice(0, end).map((row) => [...row]);
}
