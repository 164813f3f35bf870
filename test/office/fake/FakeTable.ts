import { parseAddress, tableRect, type FakeTable, type Rect } from "../fakeWorkbookState";
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
  getHeaderRowRange(): FakeRange {
    return this.tableRange("header", (t) => ({ ...tableRect(t), rowCount: 1 }));
  }
  getDataBodyRange(): FakeRange {
    return this.tableRange("body", (t) => ({ ...tableRect(t), row: t.row + 1, rowCount: t.bodyRowCount }));
  }
  get columns(): { getItemAt(index: number): { getDataBodyRange(): FakeRange } } {
    return {
      getItemAt: (index) => ({
        getDataBodyRange: () =>
          this.tableRange(`column(${index})/body`, (t) => ({
            row: t.row + 1,
            column: t.column + index,
            rowCount: t.bodyRowCount,
            columnCount: 1,
          })),
      }),
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
