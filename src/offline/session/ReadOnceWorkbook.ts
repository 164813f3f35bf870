import type { TableGrid } from "../../domain/grid/TableGrid";
import type { SheetCells } from "../../domain/import/SheetCells";
import type { SheetInfo, WorkbookPort } from "../../app/WorkbookPort";

/**
 * A read-only view of a workbook file that reads each thing once: the page asks for the overview, the
 * check, the totals and the deadlines of the same file, and a large file's tables are parsed only the
 * first time. Writing through it is a bug (copies are written, never the file as opened).
 */
export class ReadOnceWorkbook implements WorkbookPort {
  private readonly tables = new Map<string, Promise<TableGrid[]>>();
  private sheets: Promise<SheetInfo[]> | null = null;
  private readonly cells = new Map<string, Promise<SheetCells>>();

  constructor(
    private readonly source: WorkbookPort,
    /** Called before the source's tables are parsed (not when they come from memory). */
    private readonly onRead: () => void = () => undefined,
  ) {}

  readTables(names: readonly string[]): Promise<TableGrid[]> {
    const key = names.join("\u0000");
    let read = this.tables.get(key);
    if (!read) {
      this.onRead();
      read = this.source.readTables(names);
      this.tables.set(key, read);
    }
    return read;
  }

  listSheets(): Promise<SheetInfo[]> {
    this.sheets ??= this.source.listSheets();
    return this.sheets;
  }

  readSheetCells(sheet: string): Promise<SheetCells> {
    let read = this.cells.get(sheet);
    if (!read) {
      read = this.source.readSheetCells(sheet);
      this.cells.set(sheet, read);
    }
    return read;
  }

  async activeSheetName(): Promise<string | null> {
    return null;
  }

  insertTemplate(): never {
    throw new Error("ReadOnceWorkbook is read-only: write a copy");
  }

  writeSheets(): never {
    throw new Error("ReadOnceWorkbook is read-only: write a copy");
  }

  arrangeSheets(): never {
    throw new Error("ReadOnceWorkbook is read-only: write a copy");
  }

  removeOwnedSheets(): never {
    throw new Error("ReadOnceWorkbook is read-only: write a copy");
  }

  appendTableRows(): never {
    throw new Error("ReadOnceWorkbook is read-only: write a copy");
  }

  writeTableCells(): never {
    throw new Error("ReadOnceWorkbook is read-only: write a copy");
  }
}
