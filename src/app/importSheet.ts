import { arabicCellText, cellText } from "../domain/grid/cellText";
import { isBlank, type CellValue } from "../domain/grid/CellValue";
import { findPd02Sheet } from "../domain/import/findPd02Sheet";
import { importPd02Sheet } from "../domain/import/importPd02Sheet";
import { importedTemplateRows } from "../domain/import/importedTemplateRows";
import { settingsFromTitle } from "../domain/import/settingsFromTitle";
import type { SkippedRow } from "../domain/import/ImportResult";
import type { SheetCells } from "../domain/import/SheetCells";
import type { Settings } from "../domain/model/plan";
import { matchKey } from "../domain/text/matchKey";
import {
  PROJECTS_TABLE,
  SETTINGS_TABLE,
  SETTING_KEYS,
  STRATEGIES_TABLE,
} from "../domain/template/templateSpec";
import type { Issue } from "../domain/validate/Issue";
import { insertTemplate } from "./insertTemplate";
import type { WorkbookPort } from "./WorkbookPort";

/**
 * How an import ended: `imported` wrote the template tables; every other outcome wrote nothing.
 * `refused` = the sheet is not a ผด.02 or could not be read (see issues); `projects-not-empty` = the
 * workbook already has projects (clear the Projects table or import into a new workbook); `no-sheet` =
 * no sheet was named and none looks like a ผด.02.
 */
export type ImportOutcome = "imported" | "refused" | "projects-not-empty" | "no-sheet";

export interface ImportReport {
  readonly outcome: ImportOutcome;
  /** The sheet read; null when none was found. */
  readonly sheet: string | null;
  readonly rowsImported: number;
  readonly strategiesImported: number;
  /** Rows of the sheet that were not projects, with why (blank rows are left out). */
  readonly skipped: readonly SkippedRow[];
  /** The importer's issues (codes `import-*`), located on the source sheet. */
  readonly issues: readonly Issue[];
  readonly fiscalYear: number | null;
  /** The organisation named on the sheet's title lines; "" when none was recognised. */
  readonly organisationName: string;
  /** Settings read from the sheet's title lines and written where PlanSettings was blank. */
  readonly settingsWritten: readonly (keyof Settings)[];
  /** Template tables created by this import. */
  readonly tablesCreated: readonly string[];
}

function failed(outcome: ImportOutcome, sheet: string | null, issues: readonly Issue[] = []): ImportReport {
  return {
    outcome,
    sheet,
    rowsImported: 0,
    strategiesImported: 0,
    skipped: [],
    issues,
    fiscalYear: null,
    organisationName: "",
    settingsWritten: [],
    tablesCreated: [],
  };
}

async function sheetToImport(port: WorkbookPort, sheetName: string | null): Promise<SheetCells | undefined> {
  if (sheetName !== null) return port.readSheetCells(sheetName);
  const sheets = await port.listSheets();
  const cells: SheetCells[] = [];
  // Generated sheets are this tool's own output, never a hand-made plan.
  for (const sheet of sheets.filter((s) => s.owner === null))
    cells.push(await port.readSheetCells(sheet.name));
  return findPd02Sheet(cells);
}

function hasEntries(rows: readonly (readonly CellValue[])[] | undefined): boolean {
  return (rows ?? []).some((row) => row.some((value) => !isBlank(value)));
}

const SETTING_KEYS_BY_LABEL = Object.entries(SETTING_KEYS) as [keyof typeof SETTING_KEYS, string][];

/**
 * Imports a hand-made ผด.02 sheet into the template tables: inserts the template when missing, appends the
 * strategies the workbook lacks and every project, and fills blank settings (fiscal year, organisation from
 * the title). Writes nothing when the import has errors or the Projects table already has rows.
 * @param sheetName the sheet to import; null picks the first sheet that looks like a ผด.02
 */
export async function importSheet(port: WorkbookPort, sheetName: string | null): Promise<ImportReport> {
  const cells = await sheetToImport(port, sheetName);
  if (!cells) return failed("no-sheet", null);
  const result = importPd02Sheet(cells);
  if (result.issues.some((issue) => issue.severity === "error")) {
    return failed("refused", cells.name, result.issues);
  }
  const existing = await port.readTables([PROJECTS_TABLE.table]);
  if (hasEntries(existing[0]?.rows)) return failed("projects-not-empty", cells.name, result.issues);

  const template = await insertTemplate(port);
  const [settingsGrid, strategiesGrid] = await Promise.all([
    port.readTables([SETTINGS_TABLE.table]).then((g) => g[0]),
    port.readTables([STRATEGIES_TABLE.table]).then((g) => g[0]),
  ]);
  const fromTitle = settingsFromTitle(result.titleLines);
  const rows = importedTemplateRows(result, fromTitle);

  // Settings: fill only blank values, so an organisation's own settings are never replaced.
  const settingsWritten: (keyof Settings)[] = [];
  const cellWrites: { row: number; column: number; value: CellValue }[] = [];
  const appended: CellValue[][] = [];
  for (const [label, value] of rows.settings) {
    if (isBlank(value)) continue;
    const key = SETTING_KEYS_BY_LABEL.find(([, text]) => text === label)?.[0];
    if (!key) continue;
    const index = (settingsGrid?.rows ?? []).findIndex(
      (row) => matchKey(cellText(row[0])) === matchKey(label),
    );
    const current = index >= 0 ? settingsGrid?.rows[index]?.[1] : null;
    if (index >= 0 && !isBlank(current ?? null)) continue;
    if (index >= 0) cellWrites.push({ row: index, column: 1, value });
    else appended.push([label, value]);
    settingsWritten.push(key);
  }
  if (cellWrites.length > 0) await port.writeTableCells(SETTINGS_TABLE.table, cellWrites);
  if (appended.length > 0) await port.appendTableRows(SETTINGS_TABLE.table, appended);

  const knownStrategies = new Set((strategiesGrid?.rows ?? []).map((row) => Number(arabicCellText(row[0]))));
  const strategies = rows.strategies.filter((row) => !knownStrategies.has(Number(row[0])));
  if (strategies.length > 0) await port.appendTableRows(STRATEGIES_TABLE.table, strategies);
  if (rows.projects.length > 0) await port.appendTableRows(PROJECTS_TABLE.table, rows.projects);

  return {
    outcome: "imported",
    sheet: cells.name,
    rowsImported: result.rowsImported,
    strategiesImported: strategies.length,
    skipped: result.skipped.filter((row) => row.reason !== "blank"),
    issues: result.issues,
    fiscalYear: result.fiscalYear,
    organisationName: fromTitle.organisationName ?? "",
    settingsWritten,
    tablesCreated: template.created,
  };
}
