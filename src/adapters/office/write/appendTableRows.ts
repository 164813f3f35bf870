import type { CellValue } from "../../../domain/grid/CellValue";
import { isBlank } from "../../../domain/grid/CellValue";
import { rangeA1 } from "../../../domain/grid/a1";
import type { OfficeCapabilities } from "../capabilities";
import { rectOfAddress } from "../read/areasOf";
import { officeCellRows } from "../read/officeCellValue";
import { columnFormats, formatFor, officeValue } from "./tableCellValues";

/**
 * 2 syncs: where the table's data ends (and whether cells under it hold anything), then one write of
 * the rows under its last used row (as a range: never
 * `TableRowCollection.add`, which is slow and fails on protected or validated rows) and the resize.
 * Before ExcelApi 1.13 (no `table.resize`) the table is converted to a range and re-created over the
 * extended area with the same name; its cells keep their formats, and rows below the old end have no dropdowns.
 */
export async function appendTableRows(
  context: Excel.RequestContext,
  tableName: string,
  rows: readonly (readonly CellValue[])[],
  capabilities: OfficeCapabilities,
): Promise<void> {
  const table = context.workbook.tables.getItem(tableName);
  const header = table.getHeaderRowRange().load("address,columnCount");
  const body = table.getDataBodyRange().load("values,valueTypes,rowCount");
  const sheetName = table.worksheet.load("name");
  const typedBelow = table
    .getRange()
    .getRowsBelow(rows.length)
    .getUsedRangeOrNullObject(true)
    .load("rowIndex");
  await context.sync();
  // By name, not through the table: the fallback below removes the table this path goes through.
  const sheet = context.workbook.worksheets.getItem(sheetName.name);
  const origin = rectOfAddress(header.address);
  const width = header.columnCount;
  const bodyRows = officeCellRows(body.values, body.valueTypes as string[][]);
  let used = bodyRows.length;
  while (used > 0 && (bodyRows[used - 1] ?? []).every(isBlank)) used--;
  // What the user typed under the table is never written over: refused before anything is written.
  const lastTarget = origin.row + used + rows.length;
  if (!typedBelow.isNullObject && typedBelow.rowIndex <= lastTarget)
    throw new RangeError(
      `Table ${tableName}: row ${typedBelow.rowIndex + 1} under it holds the user's cells`,
    );
  const formats = columnFormats(tableName, width);
  const target = sheet.getRangeByIndexes(origin.row + 1 + used, origin.column, rows.length, width);
  target.numberFormat = rows.map((row) => formats.map((format, c) => formatFor(row[c] ?? null, format)));
  target.values = rows.map((row) => Array.from({ length: width }, (_, c) => officeValue(row[c] ?? null)));
  const rowCount = Math.max(body.rowCount, used + rows.length);
  if (rowCount > body.rowCount) {
    const address = rangeA1(origin.row, origin.column, 1 + rowCount, width);
    if (capabilities.tableResize) {
      table.resize(address);
    } else {
      table.convertToRange();
      sheet.tables.add(address, true).name = tableName;
    }
  }
  await context.sync();
}
