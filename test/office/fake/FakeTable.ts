import { parseAddress, tableRect, type FakeSheet, type FakeTable, type Rect } from "../fakeWorkbookState";
import type { FakeContext } from "./FakeContext";
import { FakeProxy } from "./FakeProxy";
import { FakeRange } from "./FakeRange";
import { FakeWorksheet } from "./FakeWorksheet";

export class FakeTableCollection extends FakeProxy<Map<string, FakeTable>> {
  constructor(context: FakeContext) {
    super(context, "tables", () => context.state.tables);
  }
  protected snapshot(): unknown {
    return undefined;
  }
  getItem(name: string): FakeTableProxy {
    return new FakeTableProxy(this.context, `table(${name})`, () => {
      const table = this.context.state.tables.get(name.toLowerCase());
      if (!table) throw new Error(`ItemNotFound: table "${name}"`);
      return table;
    });
  }
  getItemOrNullObject(name: string): FakeTableProxy {
    return new FakeTableProxy(
      this.context,
      `table?(${name})`,
      () => this.context.state.tables.get(name.toLowerCase()) ?? null,
    );
  }
}

/** `worksheet.tables`: adds a table over a range; `items` (with their names) once loaded. */
export class FakeWorksheetTables extends FakeProxy<FakeSheet> {
  private loadedItems: FakeTableProxy[] | null = null;

  get items(): FakeTableProxy[] {
    if (!this.loadedItems) throw new Error(`PropertyNotLoaded: ${this.path}.items`);
    return this.loadedItems;
  }

  protected snapshot(sheet: FakeSheet, property: string): unknown {
    return property.startsWith("items") ? this.tablesOf(sheet).map((t) => t.name) : undefined;
  }

  private tablesOf(sheet: FakeSheet): FakeTable[] {
    return [...this.context.state.tables.values()].filter((t) => t.sheet === sheet);
  }

  override load(properties?: string | string[] | Record<string, unknown>): this {
    super.load(properties);
    this.context.enqueue({ path: this.path, load: "items" }, () => {
      const sheet = this.resolve();
      this.loadedItems = (sheet === null ? [] : this.tablesOf(sheet)).map((table) => {
        const proxy = new FakeTableProxy(this.context, `table(${table.name})`, () =>
          this.context.state.tables.get(table.name.toLowerCase()) === table ? table : null,
        );
        proxy.preload({ name: table.name });
        return proxy;
      });
    });
    return this;
  }

  /** Excel names a new table TableN; the adapter renames it. */
  add(address: string, hasHeaders: boolean): FakeTableProxy {
    const slot: { table: FakeTable | null } = { table: null };
    this.command("tables.add", [address, hasHeaders], (sheet) => {
      const rect = parseAddress(address);
      slot.table = this.context.state.createTable(sheet, `Table${this.context.state.tables.size + 1}`, rect);
    });
    return new FakeTableProxy(this.context, `${this.path}/table+(${address})`, () => slot.table);
  }
}

export class FakeTableProxy extends FakeProxy<FakeTable> {
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.command("set name", name, (table) => this.context.state.renameTable(table, name));
  }
  protected snapshot(table: FakeTable, property: string): unknown {
    return property === "name" ? table.name : undefined;
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this.path}/worksheet`, () => this.resolve()?.sheet ?? null);
  }
  private tableRange(path: string, rect: (table: FakeTable) => Rect): FakeRange {
    return new FakeRange(this.context, `${this.path}/${path}`, () => {
      const table = this.resolve();
      return table === null ? null : { sheet: table.sheet, rect: rect(table) };
    });
  }
  /** ExcelApi 1.13: same header row, new extent. */
  resize(address: string): void {
    this.context.requireSet(13, "Table.resize");
    this.command("resize", [address], (table) => {
      const rect = parseAddress(address);
      if (rect.row !== table.row) throw new Error("InvalidArgument: the header must stay in its row");
      table.column = rect.column;
      table.columnCount = rect.columnCount;
      table.bodyRowCount = Math.max(1, rect.rowCount - 1);
    });
  }
  /** Keeps the cells, removes the table. */
  convertToRange(): void {
    this.command("convertToRange", [], (table) => this.context.state.tables.delete(table.name.toLowerCase()));
  }
  /** Header, body and totals. */
  getRange(): FakeRange {
    return this.tableRange("range", (t) => tableRect(t));
  }
  getHeaderRowRange(): FakeRange {
    return this.tableRange("header", (t) => ({ ...tableRect(t), rowCount: 1 }));
  }
  getDataBodyRange(): FakeRange {
    return this.tableRange("body", (t) => ({ ...tableRect(t), row: t.row + 1, rowCount: t.bodyRowCount }));
  }
  get columns(): {
    getItemAt(index: number): { getDataBodyRange(): FakeRange };
    add(index?: number | null, values?: unknown, name?: string): { getDataBodyRange(): FakeRange };
  } {
    const column = (at: (t: FakeTable) => number) => ({
      getDataBodyRange: () =>
        this.tableRange("column/body", (t) => ({
          row: t.row + 1,
          column: t.column + at(t),
          rowCount: t.bodyRowCount,
          columnCount: 1,
        })),
    });
    return {
      getItemAt: (index) => column(() => index),
      /**
       * At the end only (what the adapter does). Pessimistic where Excel is not known: a cell with a
       * value where the column goes is refused, never shifted.
       */
      add: (index, values, name) => {
        if (index !== undefined && index !== null && index !== -1)
          throw new Error("InvalidArgument: the fake adds columns at the end only");
        if (values !== undefined && values !== null)
          throw new Error("InvalidArgument: the fake adds empty columns");
        const added: { index: number | null } = { index: null };
        this.command("columns.add", [index ?? null, null, name ?? null], (table) => {
          const { state } = this.context;
          const rect = { ...tableRect(table), column: table.column + table.columnCount, columnCount: 1 };
          if (state.usedRect(table.sheet, rect, true) !== null)
            throw new Error("InvalidOperation: cells where the table column would go");
          added.index = table.columnCount;
          table.columnCount++;
          state.getCell(table.sheet, table.row, rect.column, true).value =
            name ?? `Column${table.columnCount}`;
        });
        return column(() => {
          if (added.index === null) throw new Error("ItemNotFound: column not added yet");
          return added.index;
        });
      },
    };
  }
  get onChanged(): {
    add(handler: (args: { source: string; address: string }) => Promise<unknown>): {
      context: FakeContext;
      remove(): void;
    };
  } {
    return {
      add: (handler) => {
        this.command("onChanged.add", [], (table) => table.handlers.add(handler));
        return {
          context: this.context,
          remove: () => this.command("onChanged.remove", [], (table) => table.handlers.delete(handler)),
        };
      },
    };
  }
}
