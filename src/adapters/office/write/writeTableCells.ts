import type { TableCellWrite } from "../../../app/WorkbookPort";
import { officeValue } from "./tableCellValues";

/**
 * 2 syncs: the body's size, then the writes. A cell outside the body is refused before anything is
 * written (`Range.getCell` would happily reach past the table into the user's cells).
 */
export async function writeTableCells(
  context: Excel.RequestContext,
  tableName: string,
  cells: readonly TableCellWrite[],
): Promise<void> {
  const body = context.workbook.tables.getItem(tableName).getDataBodyRange().load("rowCount,columnCount");
  await context.sync();
  const outside = cells.find(
    ({ row, column }) => row < 0 || column < 0 || row >= body.rowCount || column >= body.columnCount,
  );
  if (outside) throw new RangeError(`Cell ${outside.row},${outside.column} is outside table ${tableName}`);
  for (const { row, column, value } of cells) {
    const cell = body.getCell(row, column);
    cell.numberFormat = [[typeof value === "string" ? "@" : "General"]];
    cell.values = [[officeValue(value)]];
  }
  await context.sync();
}
