import type { CellValue } from "../../domain/grid/CellValue";
import type { TableGrid } from "../../domain/grid/TableGrid";
import type { SheetCells } from "../../domain/import/SheetCells";
import type { SheetSpec } from "../../domain/layout/SheetSpec";
import type { TemplateTable } from "../../domain/template/templateSpec";
import type {
  SheetInfo,
  SheetPicture,
  TableCellWrite,
  TemplateReport,
  WorkbookPort,
  WriteSheetsResult,
} from "../../app/WorkbookPort";
import type { CellMark, CellMarker, MarkCellsResult } from "../../app/CellMarker";
import type { OoxmlPackage } from "./package/OoxmlPackage";
import { openPackage } from "./read/openPackage";
import { readSheetCellsOf } from "./read/readSheetCellsOf";
import { readSheetInfos } from "./read/readSheetInfos";
import { readSheetPictures } from "./read/readSheetPictures";
import { readStructure, type WorkbookStructure } from "./read/readStructure";
import { readStyles } from "./read/readStyles";
import { findTables, readTableGrids } from "./read/readTableGrids";
import { relationshipTargetOfType } from "./read/relationshipTargetOfType";
import { UnreadableWorkbookError } from "./read/UnreadableWorkbookError";
import { hideSheets } from "./write/hideSheets";
import { insertTemplateSheets } from "./write/insertTemplateSheets";
import { markCells } from "./write/markCells";
import { newPackage } from "./write/newPackage";
import {
  arrangeGeneratedSheets,
  removeGeneratedSheets,
  writeGeneratedSheets,
} from "./write/writeGeneratedSheets";
import { appendRowsToTable, writeTableBodyCells } from "./write/writeTableBody";

const randomBytes = (): Uint8Array => globalThis.crypto.getRandomValues(new Uint8Array(16));

/**
 * WorkbookPort over a workbook file's package (.xlsx/.xlsm), for the command line, the offline page
 * and tests. Reads only the parts it needs; writes by changing only the parts it must: generated
 * sheets are added (or replaced) as new parts and every other part of the user's file is kept byte
 * for byte. Works on bytes, not files, so it runs in Node and in a browser alike.
 */
export class XlsxWorkbook implements WorkbookPort, CellMarker {
  private structure: WorkbookStructure;

  private constructor(
    private readonly pkg: OoxmlPackage,
    structure: WorkbookStructure,
    private readonly random: () => Uint8Array,
  ) {
    this.structure = structure;
  }

  /**
   * @throws UnreadableWorkbookError (encrypted, .xls, .ods, .xlsb, strict, not a workbook, damaged, empty)
   */
  static async fromBuffer(
    bytes: Uint8Array | ArrayBuffer,
    random: () => Uint8Array = randomBytes,
  ): Promise<XlsxWorkbook> {
    const { pkg, structure } = openPackage(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
    return new XlsxWorkbook(pkg, structure, random);
  }

  /** A new, empty workbook (add the template before saving it). */
  static create(random: () => Uint8Array = randomBytes): XlsxWorkbook {
    const pkg = newPackage();
    return new XlsxWorkbook(pkg, readStructure(pkg), random);
  }

  /** True for a macro-enabled workbook (.xlsm): its copy must keep that extension. */
  get macroEnabled(): boolean {
    return this.structure.macroEnabled;
  }

  /** Saved as "Strict Open XML": it reads, but nothing can be written into it (save it as .xlsx first). */
  get strict(): boolean {
    return this.structure.strict;
  }

  /** The whole workbook file; the parts the tool did not change are as they were read. */
  async toBuffer(): Promise<Uint8Array> {
    return this.pkg.toBytes();
  }

  async readTables(names: readonly string[]): Promise<TableGrid[]> {
    const styles = this.structure.date1904
      ? readStyles(this.pkg, this.structure.stylesPart, relationshipTargetOfType(this.structure, "theme"))
      : undefined;
    return readTableGrids(this.pkg, this.structure, findTables(this.structure, names), styles ?? NO_DATES);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return readSheetInfos(this.pkg, this.structure);
  }

  async insertTemplate(
    tables: readonly TemplateTable[],
    lists: Readonly<Record<string, readonly string[]>>,
  ): Promise<TemplateReport> {
    return this.changing(() => insertTemplateSheets(this.pkg, this.structure, tables, lists));
  }

  async writeSheets(
    specs: readonly SheetSpec[],
    generatedAt: string,
    inputFingerprint?: string,
  ): Promise<WriteSheetsResult> {
    this.assertWritable();
    return this.changing(() =>
      writeGeneratedSheets(this.pkg, this.structure, specs, generatedAt, inputFingerprint, this.random),
    );
  }

  async removeOwnedSheets(names: readonly string[]): Promise<readonly string[]> {
    return this.changing(() => removeGeneratedSheets(this.pkg, this.structure, names));
  }

  async arrangeSheets(names: readonly string[]): Promise<void> {
    this.changing(() => arrangeGeneratedSheets(this.pkg, this.structure, names));
  }

  async readSheetCells(sheet: string): Promise<SheetCells> {
    return readSheetCellsOf(this.pkg, this.structure, sheet);
  }

  /** A file has no active sheet the user is on. */
  async activeSheetName(): Promise<string | null> {
    return null;
  }

  async appendTableRows(table: string, rows: readonly (readonly CellValue[])[]): Promise<void> {
    this.changing(() => appendRowsToTable(this.pkg, this.structure, table, rows));
  }

  async writeTableCells(table: string, cells: readonly TableCellWrite[]): Promise<void> {
    this.changing(() => writeTableBodyCells(this.pkg, this.structure, table, cells));
  }

  async readSheetPictures(sheet: string): Promise<readonly SheetPicture[]> {
    return readSheetPictures(this.pkg, this.structure, sheet);
  }

  /** Pictures of a SheetSpec are written as a drawing of the sheet. */
  readonly writesImages = true;

  /** Marks problem cells (fill and note) for a copy the user fixes in their own spreadsheet program. */
  async markCells(marks: readonly CellMark[]): Promise<MarkCellsResult> {
    this.assertWritable();
    return this.changing(() => markCells(this.pkg, this.structure, marks));
  }

  /**
   * Hides every sheet not named (LibreOffice then prints only those to PDF) and returns a function
   * that puts the workbook part back as it was.
   */
  hideSheetsExcept(visible: ReadonlySet<string>): () => void {
    const restore = hideSheets(this.pkg, this.structure, visible);
    return () => {
      restore();
      this.structure = readStructure(this.pkg);
    };
  }

  private assertWritable(): void {
    // Parts written in the transitional schema would not belong in a strict package.
    if (this.structure.strict) throw new UnreadableWorkbookError("strict");
  }

  /** Runs a change and reads the structure again (sheets, tables and names may have moved). */
  private changing<T>(change: () => T): T {
    try {
      return change();
    } finally {
      this.structure = readStructure(this.pkg);
    }
  }
}

const NO_DATES = { fillOf: () => null, isDate: () => false };
