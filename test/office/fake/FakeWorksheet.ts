import { MAX_COLUMNS, MAX_ROWS, parseAddress, type FakeSheet, type Rect } from "../fakeWorkbookState";
import type { FakeContext } from "./FakeContext";
import { FakePageLayout } from "./FakePageLayout";
import { FakeProxy } from "./FakeProxy";
import { FakeRange } from "./FakeRange";
import { FakeRangeAreas } from "./FakeRangeAreas";
import { FakeShapeCollection } from "./FakeShapes";
import { FakeWorksheetTables } from "./FakeTable";

export class FakeWorksheetCollection extends FakeProxy<FakeSheet[]> {
  private loadedItems: FakeWorksheet[] | null = null;

  constructor(context: FakeContext) {
    super(context, "worksheets", () => context.state.sheets);
  }

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw new Error("PropertyNotLoaded: worksheets.items");
    return this.loadedItems;
  }

  override load(properties?: string | string[] | Record<string, unknown>): this {
    super.load(properties);
    this.context.enqueue({ path: this.path, load: "items" }, () => {
      this.loadedItems = this.context.state.sheets.map((sheet) => {
        const proxy = new FakeWorksheet(this.context, `worksheet(${sheet.name})`, () =>
          this.context.state.sheets.includes(sheet) ? sheet : null,
        );
        proxy.preload({ name: sheet.name });
        return proxy;
      });
    });
    return this;
  }

  protected snapshot(sheets: FakeSheet[], property: string): unknown {
    return property.startsWith("items") ? sheets.map((s) => s.name) : undefined;
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `worksheet(${name})`, () => this.context.state.requireSheet(name));
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `worksheet?(${name})`, () => this.context.state.sheet(name));
  }

  /** The sheet the user is on: the last activated one, else the first tab. */
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, "worksheet(active)", () => {
      const { state } = this.context;
      return (state.activeSheet === null ? null : state.sheet(state.activeSheet)) ?? state.sheets[0] ?? null;
    });
  }

  add(name: string): FakeWorksheet {
    const slot: { sheet: FakeSheet | null } = { sheet: null };
    this.context.enqueue({ path: this.path, action: "add", args: [name] }, () => {
      slot.sheet = this.context.state.addSheet(name);
    });
    return new FakeWorksheet(this.context, `worksheet+(${name})`, () => {
      if (!slot.sheet) throw new Error(`ItemNotFound: sheet "${name}" not added yet`);
      return slot.sheet;
    });
  }
}

export class FakeWorksheet extends FakeProxy<FakeSheet> {
  get name(): string {
    return this.read("name");
  }

  protected snapshot(sheet: FakeSheet, property: string): unknown {
    if (property === "name") return sheet.name;
    if (property === "position") return this.context.state.sheets.indexOf(sheet);
    return undefined;
  }

  /** Moving a tab: Excel takes the new 0-based place among all sheets, hidden ones included. */
  set position(to: number) {
    this.command("position", [to], (sheet) => {
      const { sheets } = this.context.state;
      if (!Number.isInteger(to) || to < 0 || to >= sheets.length)
        throw new Error(`InvalidArgument: position ${to} of ${sheets.length} sheets`);
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(to, 0, sheet);
    });
  }

  get position(): number {
    return this.read("position");
  }

  private range(path: string, rect: () => Rect | null): FakeRange {
    return new FakeRange(this.context, `${this.path}/${path}`, () => {
      const sheet = this.resolve();
      if (sheet === null) return null;
      const r = rect();
      return r === null ? null : { sheet, rect: r };
    });
  }

  getRange(address?: string): FakeRange {
    return this.range(`range(${address ?? ""})`, () =>
      address === undefined
        ? { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS }
        : parseAddress(address),
    );
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    if (rowCount < 1 || columnCount < 1) throw new Error("InvalidArgument: empty range");
    return this.range(`cells(${row},${column},${rowCount},${columnCount})`, () => ({
      row,
      column,
      rowCount,
      columnCount,
    }));
  }

  getRanges(address: string): FakeRangeAreas {
    this.context.requireSet(9, "Worksheet.getRanges");
    if (address.length > 8192) throw new Error("InvalidArgument: address longer than 8192 characters");
    return new FakeRangeAreas(this.context, `${this.path}/ranges(${address})`, () => {
      const sheet = this.resolve();
      return sheet === null ? null : { sheet, rects: address.split(",").map(parseAddress) };
    });
  }

  /** Cells with values (and, unless `valuesOnly`, formats, merges and tables), as Excel's used range. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.range("usedRange?", () => {
      const sheet = this.resolve();
      const all = { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS };
      return sheet === null ? null : this.context.state.usedRect(sheet, all, valuesOnly);
    });
  }

  /** The sheet's tables: `add` over a range, and `items` once loaded. */
  get tables(): FakeWorksheetTables {
    return new FakeWorksheetTables(this.context, `${this.path}/tables`, () => this.resolve());
  }

  get freezePanes(): { freezeRows(count: number): void; unfreeze(): void } {
    return {
      freezeRows: (count) => this.command("freezeRows", [count], (sheet) => (sheet.frozenRows = count)),
      unfreeze: () => this.command("unfreeze", [], (sheet) => (sheet.frozenRows = 0)),
    };
  }

  get pageLayout(): FakePageLayout {
    this.context.requireSet(9, "Worksheet.pageLayout");
    return new FakePageLayout(this.context, `${this.path}/pageLayout`, () => this.resolve());
  }

  get shapes(): FakeShapeCollection {
    this.context.requireSet(9, "Worksheet.shapes");
    return new FakeShapeCollection(this.context, `${this.path}/shapes`, () => this.resolve());
  }

  get horizontalPageBreaks(): { add(address: string): void; removePageBreaks(): void } {
    this.context.requireSet(9, "Worksheet.horizontalPageBreaks");
    return {
      add: (address) =>
        this.command("pageBreaks.add", [address], (sheet) =>
          sheet.pageBreaksBefore.push(parseAddress(address).row + 1),
        ),
      removePageBreaks: () => this.command("pageBreaks.remove", [], (sheet) => (sheet.pageBreaksBefore = [])),
    };
  }

  /** Excel refuses to delete the only sheet of a workbook; the sheet's tables go with it. */
  delete(): void {
    this.command("delete", [], (sheet) => this.context.state.removeSheet(sheet));
  }

  activate(): void {
    this.command("activate", [], (sheet) => (this.context.state.activeSheet = sheet.name));
  }
}
