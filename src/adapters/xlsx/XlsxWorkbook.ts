import { exceljsPrintArea } from "./printArea";
import { Workbook, type Cell as ExcelCell, type DataValidation, type Worksheet } from "exceljs";
import type { CellValue } from "../../domain/grid/CellValue";
import type { TableGrid } from "../../domain/grid/TableGrid";
import { columnLetter } from "../../domain/grid/a1";
import type { SheetSpec } from "../../domain/layout/SheetSpec";
import { parseOwnerMark } from "../../domain/layout/ownerMark";
import type { ColumnKind, ListKey, TemplateTable } from "../../domain/template/templateSpec";
import { LISTS_SHEET } from "../../domain/template/templateSpec";
import {
  SheetNameTakenError,
  type SheetInfo,
  type TableCellWrite,
  type TemplateReport,
  type WriteSheetsResult,
  type WorkbookPort,
} from "../../app/WorkbookPort";
import type { SheetCells } from "../../domain/import/SheetCells";
import { readSheetCells } from "./readSheetCells";
import { pointsToCharacters } from "./pointsToCharacters";
import { toArgb } from "./toExcelStyle";
import { toCellValue } from "./toCellValue";
import { writeSheetSpec } from "./writeSheetSpec";

/** Number formats of template columns: text stays text ("@"), money shows satang. */
export const TEMPLATE_NUMBER_FORMATS: Readonly<Record<ColumnKind, string>> = {
  text: "@",
  month: "@",
  money: "#,##0.00",
  integer: "0",
  date: "d/m/yyyy",
};

const HEADER_FILL = "#DDEBF7";
/** Rows under a new table's header that carry its dropdowns (a file has no table auto-extend). */
const PREPARED_ROWS = 500;

/** The parts of exceljs's internal table model we use; its typings do not describe loaded tables. */
interface TableModel {
  name: string;
  displayName?: string;
  tableRef?: string;
  ref?: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: { name: string }[];
}

function dataValidationsOf(sheet: Worksheet): { add(address: string, rule: DataValidation): void } {
  return (sheet as unknown as { dataValidations: { add(address: string, rule: DataValidation): void } })
    .dataValidations;
}

function tablesOf(sheet: Worksheet): TableModel[] {
  const tables = (sheet as unknown as { tables?: Record<string, { model?: TableModel; table?: TableModel }> })
    .tables;
  return Object.values(tables ?? {})
    .map((t) => t.model ?? t.table)
    .filter((m): m is TableModel => m !== undefined);
}

/** 1-based bounds of an "A1:Z9" reference. */
function decodeRange(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/iu.exec(ref.trim());
  if (!match?.[1] || !match[2]) return null;
  const col = (letters: string): number =>
    [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const top = Number(match[2]);
  const left = col(match[1]);
  return { top, left, bottom: match[4] ? Number(match[4]) : top, right: match[3] ? col(match[3]) : left };
}

function cellText(value: CellValue): string {
  if (value === null || typeof value === "object") return "";
  return String(value).trim();
}

function findOwner(sheet: Worksheet): SheetInfo["owner"] {
  let owner: SheetInfo["owner"] = null;
  sheet.getRow(1).eachCell((cell) => {
    owner ??= parseOwnerMark(toCellValue(cell.value));
  });
  return owner;
}

/** exceljs orders tabs by this internal number (not in its typings). */
type Ordered = Worksheet & { orderNo: number };
const ordered = (sheet: Worksheet): Ordered => sheet as Ordered;

function isEmptySheet(sheet: Worksheet): boolean {
  return sheet.actualRowCount === 0;
}

/**
 * WorkbookPort over an exceljs workbook (files, for the CLI and tests). Tables are found by name in
 * whatever sheet holds them; generated sheets are replaced only when their owner mark says so.
 */
export class XlsxWorkbook implements WorkbookPort {
  private constructor(readonly workbook: Workbook) {}

  /** @throws whatever exceljs throws for a missing file or a file that is not an .xlsx workbook. */
  static async open(path: string): Promise<XlsxWorkbook> {
    const workbook = new Workbook();
    await workbook.xlsx.readFile(path);
    const opened = new XlsxWorkbook(workbook);
    opened.repairLoadedTables();
    return opened;
  }

  static async fromBuffer(buffer: Buffer | ArrayBuffer): Promise<XlsxWorkbook> {
    const workbook = new Workbook();
    await workbook.xlsx.load(buffer as ArrayBuffer);
    const opened = new XlsxWorkbook(workbook);
    opened.repairLoadedTables();
    return opened;
  }

  static create(): XlsxWorkbook {
    return new XlsxWorkbook(new Workbook());
  }

  async save(path: string): Promise<void> {
    await this.workbook.xlsx.writeFile(path);
  }

  async toBuffer(): Promise<Buffer> {
    return Buffer.from(await this.workbook.xlsx.writeBuffer());
  }

  /**
   * Excel omits headerRowCount when a table has its header (the default), which exceljs reads as "no
   * header" and would write back as headerRowCount="0"; template tables always have one.
   */
  private repairLoadedTables(): void {
    for (const sheet of this.workbook.worksheets) {
      // Keep every sheet's print area (the user's too) intact through the load → save round trip.
      const area = sheet.pageSetup.printArea;
      if (typeof area === "string" && area !== "") sheet.pageSetup.printArea = exceljsPrintArea(area);
      for (const table of tablesOf(sheet)) {
        table.headerRow = true;
        table.displayName ??= table.name;
      }
    }
  }

  private findTable(name: string): { sheet: Worksheet; table: TableModel } | null {
    const wanted = name.toLowerCase();
    for (const sheet of this.workbook.worksheets) {
      for (const table of tablesOf(sheet)) {
        // Excel table names are case-insensitive.
        if (table.name.toLowerCase() === wanted) return { sheet, table };
      }
    }
    return null;
  }

  async readTables(names: readonly string[]): Promise<TableGrid[]> {
    const grids: TableGrid[] = [];
    for (const name of names) {
      const found = this.findTable(name);
      if (!found) continue;
      const bounds = decodeRange(found.table.tableRef ?? found.table.ref ?? "");
      if (!bounds) continue;
      const { sheet, table } = found;
      const width = bounds.right - bounds.left + 1;
      const headerRow = sheet.getRow(bounds.top);
      const headers = Array.from({ length: width }, (_, c) => {
        const text = cellText(toCellValue(headerRow.getCell(bounds.left + c).value));
        return text !== "" ? text : (table.columns[c]?.name ?? "").trim();
      });
      const lastBodyRow = bounds.bottom - (table.totalsRow ? 1 : 0);
      const rows: CellValue[][] = [];
      for (let r = bounds.top + 1; r <= lastBodyRow; r++) {
        const row = sheet.getRow(r);
        rows.push(Array.from({ length: width }, (_, c) => toCellValue(row.getCell(bounds.left + c).value)));
      }
      grids.push({
        name: table.name,
        sheet: sheet.name,
        headerRow: bounds.top - 1,
        firstColumn: bounds.left - 1,
        headers,
        rows,
        rowsBelow: [],
        firstRowBelow: bounds.bottom,
        merges: [],
      });
    }
    return grids;
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.workbook.worksheets.map((sheet) => ({ name: sheet.name, owner: findOwner(sheet) }));
  }

  async insertTemplate(
    tables: readonly TemplateTable[],
    lists: Readonly<Record<string, readonly string[]>>,
  ): Promise<TemplateReport> {
    const created: string[] = [];
    const kept: string[] = [];
    const missingHeaders: Record<string, string[]> = {};

    const toCreate: TemplateTable[] = [];
    for (const template of tables) {
      const existing = (await this.readTables([template.table]))[0];
      if (!existing) {
        toCreate.push(template);
        continue;
      }
      kept.push(template.table);
      const present = new Set(existing.headers);
      const missing = template.columns.map((c) => c.header).filter((h) => !present.has(h));
      if (missing.length > 0) missingHeaders[template.table] = missing;
    }

    const listSource = this.ensureLists(lists);
    for (const template of toCreate) {
      this.createTable(template, listSource);
      created.push(template.table);
    }
    return { created, kept, missingHeaders, degraded: [] };
  }

  /** Keeps list columns already on the lists sheet and appends missing ones; returns each list's range. */
  private ensureLists(lists: Readonly<Record<string, readonly string[]>>): (key: ListKey) => string | null {
    let sheet = this.workbook.getWorksheet(LISTS_SHEET);
    const columns = new Map<string, { column: number; length: number }>();
    if (sheet) {
      sheet.getRow(1).eachCell((cell, column) => {
        const key = cellText(toCellValue(cell.value));
        if (key === "") return;
        let length = 0;
        while (cellText(toCellValue(sheet!.getRow(length + 2).getCell(column).value)) !== "") length++;
        columns.set(key, { column, length });
      });
    }
    const missing = Object.keys(lists).filter((key) => !columns.has(key) && (lists[key]?.length ?? 0) > 0);
    if (missing.length > 0) {
      sheet ??= this.workbook.addWorksheet(LISTS_SHEET);
      let next = Math.max(0, ...[...columns.values()].map((c) => c.column)) + 1;
      for (const key of missing) {
        const values = lists[key] ?? [];
        const column = sheet.getColumn(next);
        column.width = pointsToCharacters(200);
        column.numFmt = "@";
        const header = sheet.getRow(1).getCell(next);
        header.value = key;
        header.font = { bold: true };
        values.forEach((value, i) => {
          sheet!.getRow(i + 2).getCell(next).value = value;
        });
        columns.set(key, { column: next, length: values.length });
        next++;
      }
    }
    return (key) => {
      const list = columns.get(key);
      if (list && list.length > 0) {
        const letter = columnLetter(list.column - 1);
        return `'${LISTS_SHEET}'!$${letter}$2:$${letter}$${list.length + 1}`;
      }
      // The strategy dropdown follows the user's Strategies table as it grows.
      return key === "strategies" ? `INDIRECT("Strategies[ลำดับ]")` : null;
    };
  }

  private createTable(template: TemplateTable, listSource: (key: ListKey) => string | null): void {
    let sheet = this.workbook.getWorksheet(template.sheet);
    const isNew = !sheet;
    sheet ??= this.addInputSheet(template.sheet);
    // On a user's sheet the table goes two rows below what is there, never over it.
    const top = isNew || isEmptySheet(sheet) ? 1 : lastUsedRow(sheet) + 2;
    const bodyRows = Math.max(1, template.initialRows.length);
    const rows = Array.from({ length: bodyRows }, (_, r) =>
      template.columns.map((_, c) => template.initialRows[r]?.[c] ?? null),
    );
    sheet.addTable({
      name: template.table,
      ref: `A${top}`,
      headerRow: true,
      totalsRow: false,
      style: { theme: "TableStyleLight9", showRowStripes: true },
      columns: template.columns.map((c) => ({ name: c.header, filterButton: true })),
      rows,
    });
    if (isNew) sheet.views = [{ state: "frozen", ySplit: 1, xSplit: 0 }];
    template.columns.forEach((column, c) => {
      const excelColumn = sheet.getColumn(c + 1);
      if (isNew) excelColumn.width = pointsToCharacters(column.widthPt);
      const numFmt = TEMPLATE_NUMBER_FORMATS[column.kind];
      // The column style reaches rows the user types below the table (a file has no table auto-extend).
      if (isNew) excelColumn.numFmt = numFmt;
      for (let r = top + 1; r <= top + bodyRows; r++) sheet.getRow(r).getCell(c + 1).numFmt = numFmt;
      const header = sheet.getRow(top).getCell(c + 1);
      header.numFmt = "@";
      header.font = { bold: true };
      header.alignment = { wrapText: true, vertical: "middle" };
      header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: toArgb(HEADER_FILL) } };
      const source = column.list ? listSource(column.list) : null;
      if (source !== null) {
        const letter = columnLetter(c);
        // One range rule, not one per cell: exceljs squeezes per-cell rules in quadratic time.
        dataValidationsOf(sheet).add(`${letter}${top + 1}:${letter}${top + PREPARED_ROWS}`, {
          type: "list",
          allowBlank: true,
          formulae: [source],
          showErrorMessage: false,
        });
      }
    });
  }

  /** Input sheets go before the generated ones so the official tables stay at the end. */
  private addInputSheet(name: string): Worksheet {
    const sheet = this.workbook.addWorksheet(name);
    const generated = this.workbook.worksheets.filter((s) => s !== sheet && findOwner(s) !== null);
    const firstGenerated = generated.reduce(
      (min, s) => Math.min(min, ordered(s).orderNo),
      Number.POSITIVE_INFINITY,
    );
    if (Number.isFinite(firstGenerated)) {
      for (const s of this.workbook.worksheets)
        if (s !== sheet && ordered(s).orderNo >= firstGenerated) ordered(s).orderNo += 1;
      ordered(sheet).orderNo = firstGenerated;
    }
    return sheet;
  }

  /**
   * Replaces the body of a table with these rows (text and numbers as given) and resizes the table.
   * For the CLI demo and test fixtures: the template filled from data.
   */
  writeTableRows(tableName: string, rows: readonly (readonly (string | number | null)[])[]): void {
    const found = this.findTable(tableName);
    if (!found) throw new RangeError(`No table named ${tableName}`);
    const { sheet, table } = found;
    const bounds = decodeRange(table.tableRef ?? table.ref ?? "");
    if (!bounds) throw new RangeError(`Table ${tableName} has no range`);
    const width = bounds.right - bounds.left + 1;
    for (let r = bounds.top + 1; r <= bounds.bottom; r++) {
      for (let c = 0; c < width; c++) sheet.getRow(r).getCell(bounds.left + c).value = null;
    }
    const body = Math.max(1, rows.length);
    rows.forEach((values, r) => {
      const row = sheet.getRow(bounds.top + 1 + r);
      for (let c = 0; c < width; c++) row.getCell(bounds.left + c).value = values[c] ?? null;
    });
    const ref = `${columnLetter(bounds.left - 1)}${bounds.top}:${columnLetter(bounds.right - 1)}${bounds.top + body}`;
    table.tableRef = ref;
    table.autoFilterRef = ref;
  }

  async readSheetCells(sheetName: string): Promise<SheetCells> {
    const sheet = this.workbook.getWorksheet(sheetName);
    if (!sheet) throw new RangeError(`No sheet named ${sheetName}`);
    return readSheetCells(sheet);
  }

  /** A file has no active sheet the user is on. */
  async activeSheetName(): Promise<string | null> {
    return null;
  }

  async appendTableRows(tableName: string, rows: readonly (readonly CellValue[])[]): Promise<void> {
    if (rows.length === 0) return;
    const { sheet, table, bounds } = this.tableBounds(tableName);
    const width = bounds.right - bounds.left + 1;
    // Below the last body row that holds anything: a new table's blank first row is filled, not skipped.
    let lastUsed = bounds.top;
    for (let r = bounds.top + 1; r <= bounds.bottom; r++) {
      const row = sheet.getRow(r);
      for (let c = 0; c < width; c++)
        if (cellText(toCellValue(row.getCell(bounds.left + c).value)) !== "") lastUsed = r;
    }
    rows.forEach((values, i) => {
      const row = sheet.getRow(lastUsed + 1 + i);
      for (let c = 0; c < width; c++) writeCell(row.getCell(bounds.left + c), values[c] ?? null);
    });
    const bottom = Math.max(bounds.bottom, lastUsed + rows.length);
    const ref = `${columnLetter(bounds.left - 1)}${bounds.top}:${columnLetter(bounds.right - 1)}${bottom}`;
    table.tableRef = ref;
    table.autoFilterRef = ref;
  }

  async writeTableCells(tableName: string, cells: readonly TableCellWrite[]): Promise<void> {
    const { sheet, bounds } = this.tableBounds(tableName);
    for (const { row, column, value } of cells) {
      if (bounds.top + 1 + row > bounds.bottom || bounds.left + column > bounds.right)
        throw new RangeError(`Cell ${row},${column} is outside table ${tableName}`);
      writeCell(sheet.getRow(bounds.top + 1 + row).getCell(bounds.left + column), value);
    }
  }

  private tableBounds(tableName: string): {
    sheet: Worksheet;
    table: TableModel;
    bounds: { top: number; left: number; bottom: number; right: number };
  } {
    const found = this.findTable(tableName);
    if (!found) throw new RangeError(`No table named ${tableName}`);
    const bounds = decodeRange(found.table.tableRef ?? found.table.ref ?? "");
    if (!bounds) throw new RangeError(`Table ${tableName} has no range`);
    return { ...found, bounds };
  }

  /**
   * Hides every sheet not named (LibreOffice then prints only the generated tables to PDF) and returns
   * a function that puts visibility and views back. Done in memory, not on a reloaded copy: exceljs
   * does not read manual page breaks back, so a reload would lose them.
   */
  hideSheetsExcept(visible: ReadonlySet<string>): () => void {
    const states = this.workbook.worksheets.map((sheet) => [sheet, sheet.state] as const);
    const views = this.workbook.views;
    for (const sheet of this.workbook.worksheets)
      sheet.state = visible.has(sheet.name) ? "visible" : "hidden";
    const first = this.workbook.worksheets.findIndex((s) => visible.has(s.name));
    // The active tab must be a visible one, or Excel and LibreOffice complain about the file.
    if (first >= 0)
      this.workbook.views = [
        {
          x: 0,
          y: 0,
          width: 10000,
          height: 20000,
          firstSheet: first,
          activeTab: first,
          visibility: "visible",
        },
      ];
    return () => {
      for (const [sheet, state] of states) sheet.state = state;
      this.workbook.views = views;
    };
  }

  /** Sets one cell's value by sheet name and A1 address (test fixtures plant mistakes with it). */
  setCell(sheetName: string, address: string, value: string | number | null): void {
    const sheet = this.workbook.getWorksheet(sheetName);
    if (!sheet) throw new RangeError(`No sheet named ${sheetName}`);
    sheet.getCell(address).value = value;
  }

  async writeSheets(
    specs: readonly SheetSpec[],
    generatedAt: string,
    inputFingerprint?: string,
  ): Promise<WriteSheetsResult> {
    const names = specs.map((s) => s.name);
    const duplicate = names.find((name, i) => names.indexOf(name) !== i);
    if (duplicate !== undefined) throw new RangeError(`Sheet "${duplicate}" is specified twice`);
    // Check every target before writing anything, so a refusal leaves the workbook as it was.
    const replaced = new Map<string, number>();
    for (const spec of specs) {
      const existing = this.workbook.getWorksheet(spec.name);
      if (!existing) continue;
      if (findOwner(existing) === null) throw new SheetNameTakenError(spec.name);
      replaced.set(spec.name, ordered(existing).orderNo);
    }
    for (const spec of specs) {
      const existing = this.workbook.getWorksheet(spec.name);
      if (existing) this.workbook.removeWorksheet(existing.id);
      const sheet = this.workbook.addWorksheet(spec.name);
      const orderNo = replaced.get(spec.name);
      // A replaced sheet keeps its place among the tabs.
      if (orderNo !== undefined) ordered(sheet).orderNo = orderNo;
      writeSheetSpec(sheet, spec, generatedAt, inputFingerprint);
    }
    // A file carries every print setting, so nothing is left for the user to set by hand.
    return { manualSteps: [] };
  }

  async removeOwnedSheets(names: readonly string[]): Promise<readonly string[]> {
    const owned = [...new Set(names)].flatMap((name) => {
      const sheet = this.workbook.getWorksheet(name);
      return sheet && findOwner(sheet) !== null ? [sheet] : [];
    });
    for (const sheet of owned) this.workbook.removeWorksheet(sheet.id);
    return owned.map((sheet) => sheet.name);
  }
}

/** Text stays text ("@"); errors read from a sheet are not written back as values. */
function writeCell(cell: ExcelCell, value: CellValue): void {
  if (typeof value === "string") cell.numFmt = "@";
  cell.value = value === null || typeof value === "object" ? null : value;
}

function lastUsedRow(sheet: Worksheet): number {
  let last = 0;
  sheet.eachRow((row, number) => {
    if (row.hasValues) last = number;
  });
  return last;
}
