import type { TemplateReport } from "../../../app/WorkbookPort";
import type { TemplateTable } from "../../../domain/template/templateSpec";
import type { OfficeSettings } from "../OfficeSettings";
import { DEGRADED } from "../degradation";
import { createTemplateTable } from "./createTemplateTable";
import { suspendUntilNextSync } from "./suspendUntilNextSync";
import { planTemplateLists, queueListsSheet } from "./templateLists";

/**
 * 2 syncs: what exists (tables, headers, sheets, lists), then one batch creating only what is
 * missing. Never writes over anything: a kept table keeps its columns (the ones it lacks are
 * reported), a new table on a user's sheet goes two rows below what the sheet holds.
 */
export async function insertTemplate(
  context: Excel.RequestContext,
  tables: readonly TemplateTable[],
  lists: Readonly<Record<string, readonly string[]>>,
  { capabilities }: OfficeSettings,
): Promise<TemplateReport> {
  const worksheets = context.workbook.worksheets;
  const existingTables = tables.map((template) => {
    const table = context.workbook.tables.getItemOrNullObject(template.table);
    return { template, table, header: table.getHeaderRowRange().load("values") };
  });
  const sheets = new Map(
    [...new Set(tables.map((t) => t.sheet))].map((name) => {
      const sheet = worksheets.getItemOrNullObject(name);
      return [name, { sheet, used: sheet.getUsedRangeOrNullObject(true).load("rowIndex,rowCount") }];
    }),
  );
  const listsSheet = queueListsSheet(context);
  await context.sync();

  const kept: string[] = [];
  const missingHeaders: Record<string, string[]> = {};
  for (const { template, table, header } of existingTables) {
    if (table.isNullObject) continue;
    kept.push(template.table);
    const present = new Set((header.values[0] ?? []).map((v: unknown) => String(v ?? "").trim()));
    const missing = template.columns.map((c) => c.header).filter((h) => !present.has(h));
    if (missing.length > 0) missingHeaders[template.table] = missing;
  }
  const lists_ = planTemplateLists(listsSheet, lists);
  const toCreate = existingTables.filter(({ table }) => table.isNullObject).map(({ template }) => template);
  const degraded: TemplateReport["degraded"][number][] = [];
  if (!capabilities.dataValidation && toCreate.some((t) => t.columns.some((c) => c.list !== undefined)))
    degraded.push(DEGRADED.dropdowns);

  // Where each new table goes: A1 of a new sheet, or two rows below what a user's sheet holds.
  const nextFreeRow = new Map<string, number>();
  for (const [name, { sheet, used }] of sheets)
    nextFreeRow.set(name, sheet.isNullObject || used.isNullObject ? 0 : used.rowIndex + used.rowCount + 1);
  const newSheets = new Map<string, Excel.Worksheet>();
  suspendUntilNextSync(context, capabilities);
  const created: string[] = [];
  for (const template of toCreate) {
    const existing = sheets.get(template.sheet);
    const sheet =
      existing && !existing.sheet.isNullObject
        ? existing.sheet
        : (newSheets.get(template.sheet) ?? newTemplateSheet(worksheets, template, newSheets));
    const top = nextFreeRow.get(template.sheet) ?? 0;
    nextFreeRow.set(template.sheet, top + 1 + Math.max(1, template.initialRows.length) + 1);
    createTemplateTable(sheet, template, top, capabilities, lists_.sourceOf);
    created.push(template.table);
  }
  lists_.write(worksheets);
  await context.sync();
  // Optional columns are not yet added to existing tables here: they stay listed as missing.
  return { created, kept, missingHeaders, addedColumns: {}, degraded };
}

/** A new sheet for a template table: frozen header row, the template's column widths. */
function newTemplateSheet(
  worksheets: Excel.WorksheetCollection,
  template: TemplateTable,
  newSheets: Map<string, Excel.Worksheet>,
): Excel.Worksheet {
  const sheet = worksheets.add(template.sheet);
  newSheets.set(template.sheet, sheet);
  sheet.freezePanes.freezeRows(1);
  template.columns.forEach((column, c) => {
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = column.widthPt;
  });
  return sheet;
}
