import { rangeA1, toA1 } from "../grid/a1";
import { isBlank, type CellValue } from "../grid/CellValue";
import { sheetRowOf } from "./dataRows";
import type { LocatedTable } from "./locateTables";
import type { TableReport } from "./ParsedWorkbook";

/** What the rules say about how a table's rows were found: rows read from below it, rows left, merges. */
export function tableReport(table: LocatedTable): TableReport {
  const { grid, data, columnOf } = table;
  const template = [...columnOf.values()].sort((a, b) => a - b);
  // A row is pointed at by its first filled template cell (the first template column when none is).
  const columnOfRow = (cells: readonly CellValue[] | undefined): number =>
    grid.firstColumn + (template.find((c) => !isBlank(cells?.[c] ?? null)) ?? template[0] ?? 0);
  const firstBelow = grid.rows.length;
  const column = columnOfRow(data.rows[firstBelow]);
  return {
    sheet: grid.sheet,
    table: grid.name,
    rowsBelow:
      data.below === 0
        ? null
        : {
            count: data.below,
            firstCell: toA1(sheetRowOf(grid, firstBelow), column),
            lastCell: toA1(sheetRowOf(grid, data.rows.length - 1), column),
          },
    strays: data.strays.map((row) => toA1(row, columnOfRow(grid.rowsBelow[row - grid.firstRowBelow]))),
    merges: data.merges.map((m) => ({
      range: rangeA1(m.row, m.column, m.rowCount, m.columnCount),
      cell: toA1(m.row, m.column),
    })),
  };
}
