import type { TableCellWrite } from "../../../app/WorkbookPort";
import { columnLetter } from "../../../domain/grid/a1";
import type { CellValue } from "../../../domain/grid/CellValue";
import type { OoxmlPackage } from "../package/OoxmlPackage";
import { findTables, readTableGrids } from "../read/readTableGrids";
import { NO_STYLES } from "../read/readStyles";
import type { TableEntry, WorkbookStructure } from "../read/readStructure";
import type { TableGrid } from "../../../domain/grid/TableGrid";
import { CellWriteRefusedError, SheetPatcher } from "./SheetPatcher";
import { resizeTablePart } from "./resizeTablePart";

function tableOf(structure: WorkbookStructure, name: string) {
  const [table] = findTables(structure, [name]);
  if (!table) throw new RangeError(`No table named ${name}`);
  return table;
}

/** 0-based sheet row of a table's first body row (the row under its header). */
function bodyFirstRow(table: TableEntry, grid: TableGrid | undefined): number {
  return grid ? grid.headerRow + 1 : table.range.row + table.headerRowCount;
}

/** Text stays text; numbers and booleans as numbers; errors and formulas read from a sheet are not written back. */
function writable(value: CellValue): string | number | null {
  if (typeof value === "string" || typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  return null;
}

/**
 * Writes rows under the last body row of a table that holds anything (a new table's blank first row
 * is filled, not skipped) and grows the table over them. Cells below the table must be empty: what
 * the user typed there is never overwritten.
 * @throws CellWriteRefusedError when a target cell below the table is not empty
 */
export function appendRowsToTable(
  pkg: OoxmlPackage,
  structure: WorkbookStructure,
  tableName: string,
  rows: readonly (readonly CellValue[])[],
): void {
  if (rows.length === 0) return;
  const table = tableOf(structure, tableName);
  if (table.totalsRowCount > 0) throw new RangeError(`Table ${tableName} has a totals row`);
  const [grid] = readTableGrids(pkg, structure, [table], NO_STYLES);
  const body = grid?.rows ?? [];
  // The reader leaves out the body's trailing blank rows: the rows go right under the last one used.
  const used = body.length;
  const { range } = table;
  const firstRow = bodyFirstRow(table, grid) + used;
  const patcher = new SheetPatcher(pkg, table.sheetPart, table.sheet);
  const bodyEnd = range.row + range.rowCount;
  for (let r = 0; r < rows.length; r++) {
    const row = firstRow + r;
    if (row < bodyEnd) continue;
    for (let c = 0; c < range.columnCount; c++) {
      if (patcher.isOccupied(row, range.column + c))
        throw new CellWriteRefusedError(
          table.sheet,
          `${columnLetter(range.column + c)}${row + 1}`,
          "occupied",
        );
    }
  }
  rows.forEach((values, r) => {
    for (let c = 0; c < range.columnCount; c++)
      patcher.setCell(firstRow + r, range.column + c, writable(values[c] ?? null));
  });
  patcher.save();
  const lastRow = Math.max(bodyEnd - 1, firstRow + rows.length - 1);
  resizeTablePart(pkg, table.part, { ...range, rowCount: lastRow - range.row + 1 });
}

/**
 * Overwrites single cells of a table's body (0-based body row and column).
 * @throws RangeError when a cell lies outside the table; CellWriteRefusedError on a formula cell
 */
export function writeTableBodyCells(
  pkg: OoxmlPackage,
  structure: WorkbookStructure,
  tableName: string,
  cells: readonly TableCellWrite[],
): void {
  const table = tableOf(structure, tableName);
  const { range } = table;
  const [grid] = readTableGrids(pkg, structure, [table], NO_STYLES);
  const first = bodyFirstRow(table, grid);
  // Every row of the table's range counts, trailing blank ones too: a blank setting can be filled in.
  const bodyRows = range.row + range.rowCount - table.totalsRowCount - first;
  const patcher = new SheetPatcher(pkg, table.sheetPart, table.sheet);
  for (const { row, column, value } of cells) {
    if (row < 0 || row >= bodyRows || column < 0 || column >= range.columnCount)
      throw new RangeError(`Cell ${row},${column} is outside table ${tableName}`);
    patcher.setCell(first + row, range.column + column, writable(value));
  }
  patcher.save();
}
