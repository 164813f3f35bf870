import type { SheetInfo } from "../../../app/WorkbookPort";
import { ownerInRow } from "./ownerMarks";

/** 2 syncs: the sheets' names, then each sheet's first row (where the owner mark is). */
export async function listSheets(context: Excel.RequestContext): Promise<SheetInfo[]> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const firstRows = sheets.items.map((sheet) => ({
    name: sheet.name,
    row: sheet.getRange("1:1").getUsedRangeOrNullObject(true).load("values"),
  }));
  await context.sync();
  return firstRows.map(({ name, row }) => ({
    name,
    owner: row.isNullObject ? null : ownerInRow(row.values),
  }));
}
