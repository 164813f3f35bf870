import type { TableGrid } from "../../src/domain/grid/TableGrid";
import type { SheetSpec } from "../../src/domain/layout/SheetSpec";
import type { TemplateTable } from "../../src/domain/template/templateSpec";
import type {
  ManualStep,
  SheetInfo,
  TemplateReport,
  WorkbookPort,
  WriteProgress,
  WriteSheetsResult,
} from "../../src/app/WorkbookPort";

const notUsed = (): Promise<never> => Promise.reject(new Error("not used by these use cases"));

/**
 * What the fake does while it writes, as a host would: it may report batches and take its time.
 * Resolves when the write is done.
 */
export type FakeWrite = (report: (progress: WriteProgress) => void) => Promise<void>;

/**
 * An in-memory workbook port: tables as grids (which a test may change later, as a user would), a
 * record of what was written, and generated sheets listed with their owner marks.
 */
export class FakeWorkbook implements WorkbookPort {
  written: { specs: readonly SheetSpec[]; generatedAt: string; inputFingerprint: string | undefined }[] = [];
  /** Generated sheets now in the workbook, by name (a user's sheets are not modelled). */
  private readonly sheets = new Map<string, SheetInfo>();
  constructor(
    public tables: TableGrid[],
    private readonly manualSteps: readonly ManualStep[] = [],
    /** Default: written at once, no batches reported (as the file adapter does). */
    private readonly write: FakeWrite = async () => undefined,
  ) {}
  async readTables(names: readonly string[]): Promise<TableGrid[]> {
    return this.tables.filter((t) => names.includes(t.name));
  }
  async listSheets(): Promise<SheetInfo[]> {
    return [...this.sheets.values()];
  }
  async insertTemplate(tables: readonly TemplateTable[]): Promise<TemplateReport> {
    return {
      created: tables.map((t) => t.table),
      kept: [],
      missingHeaders: {},
      addedColumns: {},
      degraded: [],
    };
  }
  async writeSheets(
    specs: readonly SheetSpec[],
    generatedAt: string,
    inputFingerprint?: string,
    onProgress?: (progress: WriteProgress) => void,
  ): Promise<WriteSheetsResult> {
    await this.write((progress) => onProgress?.(progress));
    this.written.push({ specs, generatedAt, inputFingerprint });
    for (const spec of specs) {
      const fingerprint = inputFingerprint === undefined ? {} : { inputFingerprint };
      this.sheets.set(spec.name, { name: spec.name, owner: { ...spec.owner, generatedAt, ...fingerprint } });
    }
    return { manualSteps: this.manualSteps };
  }
  async removeOwnedSheets(names: readonly string[]): Promise<readonly string[]> {
    return names.filter((name) => this.sheets.delete(name));
  }
  /** Order of the generated sheets after the last arrangeSheets (the fake keeps no tab order). */
  arranged: readonly string[] = [];
  async arrangeSheets(names: readonly string[]): Promise<void> {
    this.arranged = names.filter((name) => this.sheets.has(name));
  }
  readSheetCells: WorkbookPort["readSheetCells"] = notUsed;
  activeSheetName: WorkbookPort["activeSheetName"] = notUsed;
  appendTableRows: WorkbookPort["appendTableRows"] = notUsed;
  writeTableCells: WorkbookPort["writeTableCells"] = notUsed;
}
