import type { TemplateReport } from "../../../app/WorkbookPort";
import type { CellRect } from "../../../domain/grid/a1";
import { cellText } from "../../../domain/grid/cellText";
import type { TableGrid } from "../../../domain/grid/TableGrid";
import { compact } from "../../../domain/text/whiteSpace";
import type { TemplateTable } from "../../../domain/template/templateSpec";
import type { OfficeSettings } from "../OfficeSettings";
import { DEGRADED } from "../degradation";
import { officeCellValue } from "../read/officeCellValue";
import { appendTableColumns, columnsFit, queueColumnsCheck, type LackingTable } from "./appendTableColumns";
import { createTemplateTable } from "./createTemplateTable";
import { plainRangeOf, queueCandidateRead, tableOverRange, type PlainCandidate } from "./plainRangeTables";
import { suspendUntilNextSync } from "./suspendUntilNextSync";
import { planTemplateLists, queueListsSheet } from "./templateLists";

/**
 * Creates the template tables the workbook lacks and keeps every existing one; never writes over a
 * cell. 2 syncs: what exists, then one batch with all the changes. One more in between when a kept
 * table lacks optional columns (the cells right of it are checked) or a template sheet exists
 * without its table (its top rows are read: a plain range under the template's headers, as pandas
 * or Google Sheets leave it, becomes the table; a body longer than those rows is read on in
 * size-driven blocks).
 */
export async function insertTemplate(
  context: Excel.RequestContext,
  templates: readonly TemplateTable[],
  lists: Readonly<Record<string, readonly string[]>>,
  { capabilities, budgetBytes }: OfficeSettings,
): Promise<TemplateReport> {
  const worksheets = context.workbook.worksheets;
  const existing = templates.map((template) => {
    const table = context.workbook.tables.getItemOrNullObject(template.table);
    return {
      template,
      table,
      header: table.getHeaderRowRange().load("values"),
      whole: table.getRange().load("rowIndex,columnIndex,rowCount,columnCount"),
      body: table.getDataBodyRange().load("rowCount"),
    };
  });
  const sheets = new Map(
    [...new Set(templates.map((t) => t.sheet))].map((name) => {
      const sheet = worksheets.getItemOrNullObject(name);
      const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex,rowCount,columnIndex,columnCount");
      return [name, { sheet, used, tables: sheet.tables.load("items/name") }];
    }),
  );
  const listsSheet = queueListsSheet(context);
  await context.sync();

  const kept: string[] = [];
  const missingHeaders: Record<string, string[]> = {};
  const lacking: LackingTable[] = [];
  const candidates: PlainCandidate[] = [];
  for (const { template, table, header, whole, body } of existing) {
    const onSheet = sheets.get(template.sheet);
    if (table.isNullObject) {
      // The template's sheet holds something but not the table: maybe the table as a plain range.
      if (onSheet && !onSheet.sheet.isNullObject && !onSheet.used.isNullObject)
        candidates.push({ template, sheet: onSheet.sheet, used: rectOf(onSheet.used) });
      continue;
    }
    kept.push(template.table);
    const present = new Set(
      (header.values[0] ?? []).map((v: unknown) => compact(cellText(officeCellValue(v, undefined)))),
    );
    const missing = template.columns.filter((c) => !present.has(compact(c.header)));
    if (missing.length > 0) missingHeaders[template.table] = missing.map((c) => c.header);
    const columns = missing.filter((c) => c.extension === true);
    if (columns.length > 0)
      lacking.push({
        template,
        table,
        sheet: table.worksheet,
        rect: rectOf(whole),
        bodyRows: body.rowCount,
        columns,
      });
  }

  // The second look, only when needed.
  const checks = lacking.map((l) => queueColumnsCheck(l, capabilities));
  const reads = candidates.map((c) => queueCandidateRead(c, capabilities));
  const tableRanges = new Map<string, Excel.Range[]>();
  for (const name of new Set([...lacking, ...candidates].map((x) => x.template.sheet))) {
    const tables = sheets.get(name)?.tables;
    if (tables && !tables.isNullObject)
      tableRanges.set(
        name,
        tables.items.map((t) => t.getRange().load("rowIndex,columnIndex,rowCount,columnCount")),
      );
  }
  if (checks.length > 0 || reads.length > 0) await context.sync();
  const tablesOn = (sheet: string): CellRect[] => (tableRanges.get(sheet) ?? []).map(rectOf);
  const plain: { candidate: PlainCandidate; grid: TableGrid | null }[] = [];
  for (const [i, candidate] of candidates.entries()) {
    const read = reads[i];
    const grid = read
      ? await plainRangeOf(context, candidate, read, tablesOn(candidate.template.sheet), budgetBytes)
      : null;
    plain.push({ candidate, grid });
  }
  const converted = new Set(plain.filter((p) => p.grid !== null).map((p) => p.candidate.template));
  const toCreate = existing
    .filter((e) => e.table.isNullObject && !converted.has(e.template))
    .map((e) => e.template);
  const fits = lacking.map((l, i) => {
    const check = checks[i];
    return check !== undefined && columnsFit(l, check, tablesOn(l.template.sheet)) ? check : null;
  });

  const planned = planTemplateLists(listsSheet, lists);
  const listed = [...toCreate, ...converted].flatMap((t) => t.columns);
  const degraded: TemplateReport["degraded"][number][] = [];
  const added = lacking.filter((_, i) => fits[i] !== null);
  if (!capabilities.dataValidation && [...listed, ...added.flatMap((l) => l.columns)].some((c) => c.list))
    degraded.push(DEGRADED.dropdowns);

  // Where each new table goes: A1 of a new sheet, or two rows below what a user's sheet holds.
  const nextFreeRow = new Map<string, number>();
  for (const [name, { sheet, used }] of sheets)
    nextFreeRow.set(name, sheet.isNullObject || used.isNullObject ? 0 : used.rowIndex + used.rowCount + 1);
  const newSheets = new Map<string, Excel.Worksheet>();
  suspendUntilNextSync(context, capabilities);
  for (const template of toCreate) {
    const onSheet = sheets.get(template.sheet);
    const sheet =
      onSheet && !onSheet.sheet.isNullObject
        ? onSheet.sheet
        : (newSheets.get(template.sheet) ?? newTemplateSheet(worksheets, template, newSheets));
    const top = nextFreeRow.get(template.sheet) ?? 0;
    nextFreeRow.set(template.sheet, top + 1 + Math.max(1, template.initialRows.length) + 1);
    createTemplateTable(sheet, template, top, capabilities, planned.sourceOf);
  }
  for (const { candidate, grid } of plain)
    if (grid) tableOverRange(candidate.sheet, candidate.template, grid, capabilities, planned.sourceOf);
  // Optional columns go at a kept table's right end; where they cannot, they stay missing headers.
  const addedColumns: Record<string, string[]> = {};
  lacking.forEach((l, i) => {
    const check = fits[i];
    if (!check) return;
    appendTableColumns(l, check, capabilities, planned.sourceOf);
    const name = l.template.table;
    addedColumns[name] = l.columns.map((c) => c.header);
    const still = (missingHeaders[name] ?? []).filter((h) => !addedColumns[name]?.includes(h));
    if (still.length > 0) missingHeaders[name] = still;
    else delete missingHeaders[name];
  });
  planned.write(worksheets);
  await context.sync();
  return {
    created: [...toCreate, ...converted].map((t) => t.table),
    kept,
    missingHeaders,
    addedColumns,
    degraded,
  };
}

/** A range's rectangle, once its position and size are loaded. */
function rectOf(range: Excel.Range): CellRect {
  return {
    row: range.rowIndex,
    column: range.columnIndex,
    rowCount: range.rowCount,
    columnCount: range.columnCount,
  };
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
