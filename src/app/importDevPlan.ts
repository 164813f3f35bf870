import { normalDevPlanEdition } from "../domain/devplan/devPlanEdition";
import { cellText } from "../domain/grid/cellText";
import type { TableGrid } from "../domain/grid/TableGrid";
import { devPlanTemplateRows } from "../domain/import/devplan/devPlanTemplateRows";
import { findDevPlanSheet } from "../domain/import/devplan/findDevPlanSheet";
import { importDevPlanSheet } from "../domain/import/devplan/importDevPlanSheet";
import type { SkippedRow } from "../domain/import/ImportResult";
import type { SheetCells } from "../domain/import/SheetCells";
import { parseIntegerCell } from "../domain/parse/parseIntegerCell";
import { valueOf } from "../domain/parse/Reading";
import { matchKey } from "../domain/text/matchKey";
import { DEV_PLAN_PROJECTS_TABLE, SETTINGS_TABLE, SETTING_KEYS } from "../domain/template/templateSpec";
import type { Issue } from "../domain/validate/Issue";
import { insertTemplate } from "./insertTemplate";
import type { WorkbookPort } from "./WorkbookPort";

/**
 * How an import of the development plan's list ended: `imported` appended its entries to DevPlanProjects;
 * every other outcome wrote nothing. `refused` = the sheet is not a ผ.02 of this fiscal year (see issues);
 * `no-fiscal-year` = neither the workbook's settings nor the caller give the fiscal year whose budgets to
 * take; `edition-present` = the list already has rows of this plan book (clear them to import it again);
 * `no-sheet` = no sheet was named and none looks like a ผ.02.
 */
export type DevPlanImportOutcome = "imported" | "refused" | "no-fiscal-year" | "edition-present" | "no-sheet";

export interface DevPlanImportReport {
  readonly outcome: DevPlanImportOutcome;
  readonly sheet: string | null;
  readonly fiscalYear: number | null;
  /** The plan book imported (tool's form), "" when the sheet does not name it. */
  readonly edition: string;
  readonly entriesImported: number;
  readonly skipped: readonly SkippedRow[];
  /** The importer's issues, located on the source sheet. */
  readonly issues: readonly Issue[];
  readonly tablesCreated: readonly string[];
}

export interface DevPlanImportRequest {
  /** The sheet to import; null picks the first that looks like a ผ.02. */
  readonly sheet: string | null;
  /** The fiscal year whose column to take; default: the workbook's ปีงบประมาณ setting. */
  readonly fiscalYear?: number;
  /** The book page of the sheet's first page when the sheet types none (default 1). */
  readonly firstPage?: number;
}

const nothing = (
  outcome: DevPlanImportOutcome,
  sheet: string | null,
  fiscalYear: number | null,
  issues: readonly Issue[] = [],
  edition = "",
): DevPlanImportReport => ({
  outcome,
  sheet,
  fiscalYear,
  edition,
  entriesImported: 0,
  skipped: [],
  issues,
  tablesCreated: [],
});

async function sheetToImport(port: WorkbookPort, sheet: string | null): Promise<SheetCells | undefined> {
  if (sheet !== null) return port.readSheetCells(sheet);
  const cells: SheetCells[] = [];
  // Generated sheets are this tool's own output, never a hand-made plan.
  for (const info of (await port.listSheets()).filter((s) => s.owner === null))
    cells.push(await port.readSheetCells(info.name));
  return findDevPlanSheet(cells);
}

/** The fiscal year in the PlanSettings table, when it is there and readable. */
function settingsFiscalYear(settings: TableGrid | undefined): number | null {
  const key = matchKey(SETTING_KEYS.fiscalYear);
  const row = settings?.rows.find((r) => matchKey(cellText(r[0])) === key);
  const year = valueOf(parseIntegerCell(row?.[1] ?? null, ["ปีงบประมาณ", "พ.ศ.", "พ.ศ"]));
  return year !== undefined && year >= 2500 && year <= 2700 ? year : null;
}

/** Whether the list already holds rows of this plan book (compared in the tool's form). */
function hasEdition(list: TableGrid | undefined, edition: string): boolean {
  const column = list?.headers.findIndex(
    (h) => matchKey(h) === matchKey(DEV_PLAN_PROJECTS_TABLE.columns[0]?.header ?? ""),
  );
  if (!list || column === undefined || column < 0) return false;
  const wanted = normalDevPlanEdition(edition);
  return list.rows.some(
    (row) => row.some((v) => cellText(v) !== "") && normalDevPlanEdition(cellText(row[column])) === wanted,
  );
}

/**
 * Imports the project list of a hand-made ผ.02 into the DevPlanProjects table (inserting the template's
 * missing tables first), with this fiscal year's budgets. Writes nothing when the import has errors, when
 * the fiscal year is unknown, or when the list already has this plan book's rows (each book — the plan and
 * each amendment — is imported once, from its own sheet).
 */
export async function importDevPlan(
  port: WorkbookPort,
  request: DevPlanImportRequest,
): Promise<DevPlanImportReport> {
  const cells = await sheetToImport(port, request.sheet);
  if (!cells) return nothing("no-sheet", null, request.fiscalYear ?? null);
  const [settings, list] = await Promise.all([
    port.readTables([SETTINGS_TABLE.table]).then((g) => g[0]),
    port.readTables([DEV_PLAN_PROJECTS_TABLE.table]).then((g) => g[0]),
  ]);
  const fiscalYear = request.fiscalYear ?? settingsFiscalYear(settings);
  if (fiscalYear === null) return nothing("no-fiscal-year", cells.name, null);
  const result = importDevPlanSheet(cells, {
    fiscalYear,
    ...(request.firstPage === undefined ? {} : { firstPage: request.firstPage }),
  });
  if (result.issues.some((i) => i.severity === "error"))
    return nothing("refused", cells.name, fiscalYear, result.issues, result.edition);
  if (hasEdition(list, result.edition))
    return nothing("edition-present", cells.name, fiscalYear, result.issues, result.edition);
  const template = await insertTemplate(port);
  const rows = devPlanTemplateRows(result.entries);
  if (rows.length > 0) await port.appendTableRows(DEV_PLAN_PROJECTS_TABLE.table, rows);
  return {
    outcome: "imported",
    sheet: cells.name,
    fiscalYear,
    edition: result.edition,
    entriesImported: rows.length,
    skipped: result.skipped.filter((row) => row.reason !== "blank"),
    issues: result.issues,
    tablesCreated: template.created,
  };
}
