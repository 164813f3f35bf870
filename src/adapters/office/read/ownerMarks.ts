import type { SheetInfo } from "../../../app/WorkbookPort";
import { parseOwnerMark } from "../../../domain/layout/ownerMark";

/** A sheet by name (a null object when absent) with its first row's values queued: where owner marks are. */
export function sheetWithFirstRow(context: Excel.RequestContext, name: string) {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  return { name, sheet, firstRow: sheet.getRange("1:1").getUsedRangeOrNullObject(true).load("values") };
}

/** The first owner mark found in a row of values. */
export function ownerInRow(rows: readonly (readonly unknown[])[]): SheetInfo["owner"] {
  for (const value of rows[0] ?? []) {
    const mark = parseOwnerMark(value);
    if (mark) return mark;
  }
  return null;
}
