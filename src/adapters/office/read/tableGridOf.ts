import { isBlank, type CellValue } from "../../../domain/grid/CellValue";
import type { TableGrid } from "../../../domain/grid/TableGrid";
import { cellText } from "../../../domain/grid/cellText";
import { officeCellValue } from "./officeCellValue";
import { rectOfAddress } from "./areasOf";

/** One table as read: its header range's values and address, and its body rows. */
export interface TableRead {
  readonly name: string;
  readonly sheet: string;
  readonly headerAddress: string;
  readonly headerValues: readonly (readonly unknown[])[];
  readonly body: readonly (readonly CellValue[])[];
}

/** A table read as the core's TableGrid: headers as their cell text, trailing blank rows left out. */
export function tableGridOf(read: TableRead): TableGrid {
  const origin = rectOfAddress(read.headerAddress);
  const rows = read.body.map((row) => [...row]);
  // Blank rows at a table's end are no rows (a new table's body is one empty row); between entries they stay.
  while (rows.length > 0 && (rows.at(-1) ?? []).every(isBlank)) rows.pop();
  return {
    name: read.name,
    sheet: read.sheet,
    headerRow: origin.row,
    firstColumn: origin.column,
    headers: (read.headerValues[0] ?? []).map((value) => cellText(officeCellValue(value, undefined))),
    rows,
    // Rows typed below the table and merges are not read by this adapter yet.
    rowsBelow: [],
    firstRowBelow: origin.row + 1 + read.body.length,
    merges: [],
  };
}
