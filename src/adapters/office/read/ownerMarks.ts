import type { SheetInfo } from "../../../app/WorkbookPort";
import { parseOwnerMark, WORKBOOK_ID_NAME, workbookIdFromFormula } from "../../../domain/layout/ownerMark";

/** The workbook-level name that holds the workbook's id, queued for loading (a null object when absent). */
export function queueWorkbookIdName(context: Excel.RequestContext): Excel.NamedItem {
  return context.workbook.names.getItemOrNullObject(WORKBOOK_ID_NAME).load("formula");
}

/** The workbook's id from its name (after the sync); null when the tool has never written one. */
export function workbookIdOf(name: Excel.NamedItem): string | null {
  return name.isNullObject ? null : workbookIdFromFormula(String(name.formula ?? ""));
}

/** A sheet by name (a null object when absent) with its name and first row queued: where owner marks are. */
export function sheetWithFirstRow(context: Excel.RequestContext, name: string) {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name).load("name");
  return { name, sheet, firstRow: sheet.getRange("1:1").getUsedRangeOrNullObject(true).load("values") };
}

/**
 * The owner of a sheet from the values of its first row: the first mark sealed for this sheet of
 * this workbook (an unsealed, older mark only while the workbook has no id). Null: the user's sheet.
 */
export function ownerInRow(
  firstRow: Excel.Range,
  sheetName: string,
  workbookId: string | null,
): SheetInfo["owner"] {
  if (firstRow.isNullObject) return null;
  for (const value of firstRow.values[0] ?? []) {
    const mark = parseOwnerMark(value, { sheetName, workbookId });
    if (mark) return mark;
  }
  return null;
}

/**
 * 1 sync: of the named sheets, those this tool generated (sealed for this workbook), in the order
 * named, each with the properties asked for loaded. A user's sheet or a name with no sheet is left out.
 */
export async function generatedSheetsNamed(
  context: Excel.RequestContext,
  names: readonly string[],
  load: readonly "position"[] = [],
): Promise<Excel.Worksheet[]> {
  const targets = names.map((name) => sheetWithFirstRow(context, name));
  for (const { sheet } of targets) for (const property of load) sheet.load(property);
  const idName = queueWorkbookIdName(context);
  await context.sync();
  const workbookId = workbookIdOf(idName);
  return targets
    .filter((t) => !t.sheet.isNullObject && ownerInRow(t.firstRow, t.sheet.name, workbookId) !== null)
    .map((t) => t.sheet);
}
