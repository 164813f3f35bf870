import { toA1 } from "../domain/grid/a1";
import { cellText } from "../domain/grid/cellText";
import type { TableGrid } from "../domain/grid/TableGrid";
import { tableFromSheet } from "../domain/parse/tableFromSheet";
import { TEMPLATE_TABLES } from "../domain/template/templateSpec";
import type { Issue } from "../domain/validate/Issue";
import { issueAtCell } from "../domain/validate/issueAt";
import type { WorkbookPort } from "./WorkbookPort";

/** Names of every template table, required and optional, as readers look them up. */
export const PLAN_TABLE_NAMES: readonly string[] = TEMPLATE_TABLES.map((t) => t.table);

export interface PlanTables {
  readonly tables: readonly TableGrid[];
  /** One warning per template table read from a plain range of its sheet instead of an Excel table. */
  readonly notes: readonly Issue[];
}

/**
 * The template tables; a table the workbook lacks is looked for as a plain range under its headers on
 * the template's sheet (pandas and Google Sheets write no Excel tables), with a warning that says so.
 */
export async function readPlanTables(port: WorkbookPort): Promise<PlanTables> {
  const tables = [...(await port.readTables(PLAN_TABLE_NAMES))];
  const found = new Set(tables.map((t) => t.name.toLowerCase()));
  const missing = TEMPLATE_TABLES.filter((spec) => !found.has(spec.table.toLowerCase()));
  if (missing.length === 0) return { tables, notes: [] };
  const sheets = new Set((await port.listSheets()).map((s) => s.name));
  const notes: Issue[] = [];
  for (const spec of missing) {
    if (!sheets.has(spec.sheet)) continue;
    const grid = tableFromSheet(await port.readSheetCells(spec.sheet), spec);
    // An optional table with no rows holds nothing to read; a note about it would be noise.
    // (nor one whose rows hold only their keys, as the template lists the PlanTexts topics).
    if (!grid || (spec.optional && grid.rows.every((row) => row.slice(1).every((v) => cellText(v) === ""))))
      continue;
    tables.push(grid);
    const cell = toA1(grid.headerRow, grid.firstColumn);
    notes.push(
      issueAtCell("table-read-from-sheet", "warning", grid.sheet, cell, {
        table: spec.table,
        sheet: spec.sheet,
      }),
    );
  }
  return { tables, notes };
}
