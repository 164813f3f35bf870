/**
 * The in-memory workbook behind FakeExcel: sheets of sparse cells with values, number formats,
 * formats, merges, tables, conditional formats, validation and page setup. Plain TypeScript (no
 * jest/node imports): it is also bundled into the browser stub of the task-pane e2e test.
 */

import { columnLetter } from "../../src/domain/grid/a1";
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Rect {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export interface FakeCell {
  /** Displayed value; formulas keep their text in `formula` and show 0 here. */
  value: string | number | boolean | null;
  formula?: string;
  /** Set when the text was written with Excel's apostrophe (quote-prefix) marker. */
  quotePrefix?: boolean;
  error?: string;
  numberFormat: string;
  /** Flat format properties, e.g. "font.bold", "fill.color", "borders.EdgeTop.style". */
  format: Record<string, unknown>;
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  /** Header row (0-based) and first column. */
  row: number;
  column: number;
  columnCount: number;
  bodyRowCount: number;
  handlers: Set<
    (args: { source: "Local" | "Remote"; address: string; changeType: string }) => Promise<unknown>
  >;
}

/** A workbook-scoped defined name: its formula as Excel shows it ("=…") and whether Name Manager lists it. */
export interface FakeName {
  name: string;
  formula: string;
  visible: boolean;
}

export interface FakeConditionalFormat {
  readonly id: string;
  readonly type: string;
  readonly rects: readonly Rect[];
  formula: string;
  fill: string | null;
}

export interface FakeSheet {
  name: string;
  readonly cells: Map<number, FakeCell>;
  merges: Rect[];
  readonly columnWidths: Map<number, number>;
  readonly rowHeights: Map<number, number>;
  frozenRows: number;
  conditionalFormats: FakeConditionalFormat[];
  dataValidations: { rects: readonly Rect[]; rule: unknown }[];
  readonly pageLayout: Record<string, unknown>;
  pageBreaksBefore: number[];
  /** Pictures over the cells, in the order they were added (Excel's z-order). */
  shapes: FakeShape[];
}

/** A picture on a sheet (`worksheet.shapes.addImage`); positions and sizes in points. */
export interface FakeShape {
  readonly id: string;
  name: string;
  readonly type: "Image";
  /** The file's bytes as addImage was given them (Base64). */
  readonly base64: string;
  readonly format: "PNG" | "JPEG";
  left: number;
  top: number;
  width: number;
  height: number;
  /** Excel locks a new picture's aspect ratio: setting one side then scales the other. */
  lockAspectRatio: boolean;
  altTextTitle: string;
  altTextDescription: string;
}

const key = (row: number, column: number): number => row * MAX_COLUMNS + column;

export function columnIndex(letters: string): number {
  let column = 0;
  for (const ch of letters.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return column - 1;
}

/** Column letters, as the core names them ("A", "AA"). */
export const columnName = columnLetter;

/** Parses "B3", "B3:D9", "1:1", "A:C" (no sheet prefix, `$` allowed). */
export function parseAddress(address: string): Rect {
  const clean = address.replace(/\$/g, "").trim().toUpperCase();
  const [first = "", second = first] = clean.split(":");
  const part = (text: string): { row: number | null; column: number | null } => {
    const m = /^([A-Z]*)(\d*)$/.exec(text);
    if (!m || (m[1] === "" && m[2] === "")) throw new Error(`InvalidArgument: bad address "${address}"`);
    return { column: m[1] ? columnIndex(m[1]) : null, row: m[2] ? Number(m[2]) - 1 : null };
  };
  const a = part(first);
  const b = part(second);
  const row = a.row ?? 0;
  const column = a.column ?? 0;
  const lastRow = b.row ?? MAX_ROWS - 1;
  const lastColumn = b.column ?? MAX_COLUMNS - 1;
  return { row, column, rowCount: lastRow - row + 1, columnCount: lastColumn - column + 1 };
}

export function formatAddress(rect: Rect): string {
  const tl = `${columnName(rect.column)}${rect.row + 1}`;
  if (rect.rowCount === 1 && rect.columnCount === 1) return tl;
  return `${tl}:${columnName(rect.column + rect.columnCount - 1)}${rect.row + rect.rowCount}`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

export class FakeWorkbookState {
  readonly sheets: FakeSheet[] = [];
  readonly tables = new Map<string, FakeTable>();
  /** Workbook-scoped names by lower-case name (Excel's names are case-insensitive). */
  readonly names = new Map<string, FakeName>();
  activeSheet: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  eventsEnabled = true;
  private nextId = 1;

  sheet(name: string): FakeSheet | null {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  requireSheet(name: string): FakeSheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`ItemNotFound: sheet "${name}"`);
    return sheet;
  }

  addSheet(name: string): FakeSheet {
    if (name.length > 31) throw new Error(`InvalidArgument: sheet name longer than 31 characters`);
    if (this.sheet(name)) throw new Error(`ItemAlreadyExists: sheet "${name}"`);
    const sheet: FakeSheet = {
      name,
      cells: new Map(),
      merges: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
      frozenRows: 0,
      conditionalFormats: [],
      dataValidations: [],
      pageLayout: {},
      pageBreaksBefore: [],
      shapes: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }

  removeSheet(sheet: FakeSheet): void {
    if (this.sheets.length === 1) throw new Error("InvalidOperation: a workbook needs at least one sheet");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const [key, table] of this.tables) if (table.sheet === sheet) this.tables.delete(key);
    if (this.activeSheet?.toLowerCase() === sheet.name.toLowerCase()) this.activeSheet = null;
  }

  newId(): string {
    return `{fake-${this.nextId++}}`;
  }

  cell(sheetName: string, address: string): FakeCell | null {
    const sheet = this.requireSheet(sheetName);
    const { row, column } = parseAddress(address);
    return sheet.cells.get(key(row, column)) ?? null;
  }

  /** The shown value of a cell ("" when empty), as a test reads it. */
  valueAt(sheetName: string, address: string): string | number | boolean | null {
    return this.cell(sheetName, address)?.value ?? null;
  }

  getCell(sheet: FakeSheet, row: number, column: number, create: true): FakeCell;
  getCell(sheet: FakeSheet, row: number, column: number, create: false): FakeCell | null;
  getCell(sheet: FakeSheet, row: number, column: number, create: boolean): FakeCell | null {
    const k = key(row, column);
    let cell = sheet.cells.get(k) ?? null;
    if (!cell && create) {
      cell = { value: null, numberFormat: "General", format: {} };
      sheet.cells.set(k, cell);
    }
    return cell;
  }

  /** Visits cells of a rectangle; huge rectangles (whole rows/columns) visit existing cells only. */
  forEachCell(
    sheet: FakeSheet,
    rect: Rect,
    create: boolean,
    visit: (cell: FakeCell, row: number, column: number) => void,
  ): void {
    const area = rect.rowCount * rect.columnCount;
    if (!create && area <= sheet.cells.size) {
      // Existing cells of a small rectangle: look them up, rather than walk the whole sheet per call.
      for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
        for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
          const cell = this.getCell(sheet, r, c, false);
          if (cell) visit(cell, r, c);
        }
      }
      return;
    }
    if (area > 1_000_000 || !create) {
      for (const [k, cell] of sheet.cells) {
        const row = Math.floor(k / MAX_COLUMNS);
        const column = k % MAX_COLUMNS;
        if (intersects(rect, { row, column, rowCount: 1, columnCount: 1 })) visit(cell, row, column);
      }
      return;
    }
    for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
      for (let c = rect.column; c < rect.column + rect.columnCount; c++)
        visit(this.getCell(sheet, r, c, true), r, c);
    }
  }

  /**
   * Writes one value the way Excel's `range.values` treats it — pessimistically: any string
   * starting with = + - @ becomes a formula unless it carries the apostrophe prefix, and numeric
   * text becomes a number unless the cell is formatted as text ("@").
   */
  writeValue(cell: FakeCell, value: unknown): void {
    delete cell.formula;
    delete cell.quotePrefix;
    delete cell.error;
    if (value === null || value === undefined || value === "") {
      cell.value = null;
      return;
    }
    if (typeof value === "number" || typeof value === "boolean") {
      cell.value = value;
      return;
    }
    const text = String(value);
    if (text.startsWith("'")) {
      cell.value = text.slice(1);
      cell.quotePrefix = true;
    } else if (/^[=+\-@]./s.test(text)) {
      cell.formula = text;
      cell.value = 0;
    } else if (cell.numberFormat !== "@" && /^-?\d+(\.\d+)?$/.test(text)) {
      cell.value = Number(text);
    } else {
      cell.value = text;
    }
  }

  /** Seeds values (e.g. a user's sheet) starting at an A1 address; strings are literal text. */
  setValues(
    sheetName: string,
    topLeft: string,
    rows: readonly (readonly (string | number | boolean | null)[])[],
  ): void {
    const sheet = this.sheet(sheetName) ?? this.addSheet(sheetName);
    const { row, column } = parseAddress(topLeft);
    rows.forEach((values, r) =>
      values.forEach((value, c) => {
        const cell = this.getCell(sheet, row + r, column + c, true);
        cell.value = value === "" ? null : value;
      }),
    );
  }

  /** Seeds a table: headers at `topLeft`, body rows below (at least one, possibly empty). */
  addTable(
    sheetName: string,
    name: string,
    topLeft: string,
    headers: readonly string[],
    rows: readonly (readonly (string | number | boolean | null)[])[] = [],
  ): FakeTable {
    const { row, column } = parseAddress(topLeft);
    this.setValues(sheetName, topLeft, [headers, ...rows]);
    return this.createTable(this.requireSheet(sheetName), name, {
      row,
      column,
      rowCount: 1 + Math.max(1, rows.length),
      columnCount: headers.length,
    });
  }

  createTable(sheet: FakeSheet, name: string, rect: Rect): FakeTable {
    if (this.tables.has(name.toLowerCase())) throw new Error(`ItemAlreadyExists: table "${name}"`);
    for (const other of this.tables.values()) {
      if (other.sheet === sheet && intersects(tableRect(other), rect))
        throw new Error("InvalidOperation: tables overlap");
    }
    const table: FakeTable = {
      name,
      sheet,
      row: rect.row,
      column: rect.column,
      columnCount: rect.columnCount,
      bodyRowCount: Math.max(1, rect.rowCount - 1),
      handlers: new Set(),
    };
    for (let c = 0; c < rect.columnCount; c++) {
      const cell = this.getCell(sheet, rect.row, rect.column + c, true);
      if (cell.value === null) cell.value = `Column${c + 1}`;
    }
    this.tables.set(name.toLowerCase(), table);
    return table;
  }

  renameTable(table: FakeTable, name: string): void {
    const existing = this.tables.get(name.toLowerCase());
    if (existing && existing !== table) throw new Error(`ItemAlreadyExists: table "${name}"`);
    this.tables.delete(table.name.toLowerCase());
    table.name = name;
    this.tables.set(name.toLowerCase(), table);
  }

  /** A co-author's (or the user's) edit inside a table: changes cells, then fires onChanged. */
  async editTableCells(
    tableName: string,
    topLeft: string,
    rows: readonly (readonly (string | number | null)[])[],
    source: "Local" | "Remote" = "Remote",
  ): Promise<void> {
    const table = this.tables.get(tableName.toLowerCase());
    if (!table) throw new Error(`ItemNotFound: table "${tableName}"`);
    this.setValues(table.sheet.name, topLeft, rows);
    const start = parseAddress(topLeft);
    const address = formatAddress({ ...start, rowCount: rows.length, columnCount: rows[0]?.length ?? 1 });
    if (!this.eventsEnabled) return;
    for (const handler of table.handlers) await handler({ source, address, changeType: "RangeEdited" });
  }

  /**
   * The used part of `within`: cells with a value or formula; unless `valuesOnly`, also cells with a
   * number format or format of their own, merged areas and tables (what Excel's used range counts).
   */
  usedRect(sheet: FakeSheet, within: Rect, valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const add = (rect: Rect): void => {
      if (!intersects(rect, within)) return;
      top = Math.min(top, Math.max(rect.row, within.row));
      left = Math.min(left, Math.max(rect.column, within.column));
      bottom = Math.max(bottom, Math.min(rect.row + rect.rowCount, within.row + within.rowCount) - 1);
      right = Math.max(
        right,
        Math.min(rect.column + rect.columnCount, within.column + within.columnCount) - 1,
      );
    };
    this.forEachCell(sheet, within, false, (cell, row, column) => {
      const formatted = cell.numberFormat !== "General" || Object.keys(cell.format).length > 0;
      if (
        cell.value === null &&
        cell.formula === undefined &&
        cell.error === undefined &&
        (valuesOnly || !formatted)
      )
        return;
      add({ row, column, rowCount: 1, columnCount: 1 });
    });
    if (!valuesOnly) {
      for (const merge of sheet.merges) add(merge);
      for (const table of this.tables.values()) if (table.sheet === sheet) add(tableRect(table));
    }
    if (bottom < 0) return null;
    return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }
}

export function tableRect(table: FakeTable): Rect {
  return {
    row: table.row,
    column: table.column,
    rowCount: 1 + table.bodyRowCount,
    columnCount: table.columnCount,
  };
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
