import type { IssueLocation } from "../../domain/validate/Issue";

/** 1 sync: activates the sheet and selects the cell. */
export async function selectCell(context: Excel.RequestContext, location: IssueLocation): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(location.sheet);
  sheet.activate();
  sheet.getRange(location.cell).select();
  await context.sync();
}
