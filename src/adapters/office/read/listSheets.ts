import type { SheetInfo } from "../../../app/WorkbookPort";
import { ownerInRow, queueWorkbookIdName, workbookIdOf } from "./ownerMarks";

/** 2 syncs: the sheets' names and the workbook's id, then each sheet's first row (where the owner mark is). */
export async function listSheets(context: Excel.RequestContext): Promise<SheetInfo[]> {
  const sheets = context.workbook.worksheets.load("items/name");
  const idName = queueWorkbookIdName(context);
  await context.sync();
  const firstRows = sheets.items.map((sheet) => ({
    name: sheet.name,
    row: sheet.getRange("1:1").getUsedRangeOrNullObject(true).load("values"),
  }));
  await context.sync();
  const workbookId = workbookIdOf(idName);
  return firstRows.map(({ name, row }) => ({ name, owner: ownerInRow(row, name, workbookId) }));
}
