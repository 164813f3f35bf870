import type { CellNavigator } from "../../app/CellNavigator";
import type {
  SheetInfo,
  SheetPicture,
  TableCellWrite,
  TemplateReport,
  WorkbookPort,
  WriteProgress,
  WriteSheetsResult,
} from "../../app/WorkbookPort";
import type { CellValue } from "../../domain/grid/CellValue";
import type { TableGrid } from "../../domain/grid/TableGrid";
import type { SheetCells } from "../../domain/import/SheetCells";
import type { SheetSpec } from "../../domain/layout/SheetSpec";
import type { TemplateTable } from "../../domain/template/templateSpec";
import type { Issue, IssueLocation } from "../../domain/validate/Issue";
import type { OfficeCapabilities } from "./capabilities";
import type { ExcelRunner } from "./ExcelRunner";
import { replaceHighlights } from "./highlights";
import type { OfficeSettings } from "./OfficeSettings";
import { activeSheetName } from "./read/activeSheetName";
import { listSheets } from "./read/listSheets";
import { readSheetCells } from "./read/readSheetCells";
import { readSheetPictures } from "./read/readSheetPictures";
import { readTables } from "./read/readTables";
import { selectCell } from "./selectCell";
import { watchInputTables, type TableChange } from "./watchInputTables";
import { appendTableRows } from "./write/appendTableRows";
import { insertTemplate } from "./write/insertTemplate";
import { removeOwnedSheets } from "./write/removeOwnedSheets";
import { arrangeSheets } from "./write/arrangeSheets";
import { DEFAULT_REQUEST_BUDGET_BYTES } from "./write/requestSize";
import { writeSheets } from "./write/writeSheets";
import { writeTableCells } from "./write/writeTableCells";

export type { ExcelRunner } from "./ExcelRunner";
export type { TableChange } from "./watchInputTables";

export interface OfficeWorkbookOptions {
  readonly run: ExcelRunner;
  readonly capabilities: OfficeCapabilities;
  /** Largest request to send; Excel on the web rejects requests over 5 MB. */
  readonly requestBudgetBytes?: number;
  /** 16 random bytes for the workbook's id (tests pass their own); `crypto.getRandomValues` by default. */
  readonly random?: () => Uint8Array;
}

const randomBytes = (): Uint8Array => crypto.getRandomValues(new Uint8Array(16));

/**
 * WorkbookPort (and CellNavigator) over Office.js. Every command runs in one `Excel.run` with a
 * fixed number of `context.sync()` calls (plus size-driven chunks on big reads and writes); each
 * lives in its own module under read/ and write/, and README.md lists their sync budgets.
 */
export class OfficeWorkbook implements WorkbookPort, CellNavigator {
  private readonly run: ExcelRunner;
  private readonly settings: OfficeSettings;
  private readonly random: () => Uint8Array;

  /** Pictures are placed (`SheetSpec.images`) where Excel has `worksheet.shapes` (ExcelApi 1.9). */
  readonly writesImages: boolean;
  /** A sheet's pictures, top to bottom (2 syncs); absent without `worksheet.shapes` (ExcelApi 1.9). */
  readonly readSheetPictures?: (sheet: string) => Promise<readonly SheetPicture[]>;

  constructor(options: OfficeWorkbookOptions) {
    this.writesImages = options.capabilities.images;
    if (options.capabilities.images)
      this.readSheetPictures = (sheet) => this.run((context) => readSheetPictures(context, sheet));
    this.run = options.run;
    this.random = options.random ?? randomBytes;
    this.settings = {
      capabilities: options.capabilities,
      budgetBytes: options.requestBudgetBytes ?? DEFAULT_REQUEST_BUDGET_BYTES,
    };
  }

  readTables(names: readonly string[]): Promise<TableGrid[]> {
    return readTables(this.run, names, this.settings);
  }

  listSheets(): Promise<SheetInfo[]> {
    return this.run((context) => listSheets(context));
  }

  insertTemplate(
    tables: readonly TemplateTable[],
    lists: Readonly<Record<string, readonly string[]>>,
  ): Promise<TemplateReport> {
    return this.run((context) => insertTemplate(context, tables, lists, this.settings));
  }

  writeSheets(
    specs: readonly SheetSpec[],
    generatedAt: string,
    inputFingerprint?: string,
    onProgress?: (progress: WriteProgress) => void,
  ): Promise<WriteSheetsResult> {
    return this.run((context) =>
      writeSheets(context, specs, { generatedAt, inputFingerprint }, this.settings, this.random, onProgress),
    );
  }

  async removeOwnedSheets(names: readonly string[]): Promise<readonly string[]> {
    if (names.length === 0) return [];
    return this.run((context) => removeOwnedSheets(context, names));
  }

  arrangeSheets(names: readonly string[]): Promise<void> {
    return this.run((context) => arrangeSheets(context, names));
  }

  /** 2 syncs (1 before ExcelApi 1.9): values, then merges and fills. */
  readSheetCells(sheet: string): Promise<SheetCells> {
    return this.run((context) => readSheetCells(context, sheet, this.settings.capabilities));
  }

  activeSheetName(): Promise<string | null> {
    return this.run((context) => activeSheetName(context));
  }

  async appendTableRows(table: string, rows: readonly (readonly CellValue[])[]): Promise<void> {
    if (rows.length === 0) return;
    await this.run((context) => appendTableRows(context, table, rows, this.settings.capabilities));
  }

  async writeTableCells(table: string, cells: readonly TableCellWrite[]): Promise<void> {
    if (cells.length === 0) return;
    await this.run((context) => writeTableCells(context, table, cells));
  }

  selectCell(location: IssueLocation): Promise<void> {
    return this.run((context) => selectCell(context, location));
  }

  /** Marks the issues' cells with conditional formats of ours (the user's formatting stays). */
  highlightIssues(issues: readonly Issue[]): Promise<void> {
    return this.run((context) => replaceHighlights(context, issues, this.settings));
  }

  /** Removes only the conditional formats whose formula carries our marker. */
  clearHighlights(): Promise<void> {
    return this.run((context) => replaceHighlights(context, [], this.settings));
  }

  /** Calls `onChange` when an input table changes (this user or a co-author); returns the unsubscribe. */
  watchInputTables(
    tableNames: readonly string[],
    onChange: (change: TableChange) => void,
  ): Promise<() => Promise<void>> {
    return watchInputTables(this.run, tableNames, onChange);
  }
}
