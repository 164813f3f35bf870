import {
  FakeWorkbookState,
  formatAddress,
  intersects,
  parseAddress,
  quoteSheet,
  tableRect,
  MAX_COLUMNS,
  MAX_ROWS,
} from "./fakeWorkbookState";
import type { FakeConditionalFormat, FakeSheet, FakeTable, Rect } from "./fakeWorkbookState";

/**
 * A recording fake of the Excel JavaScript API subset OfficeWorkbook uses. Commands queue until
 * `context.sync()`, which counts the round trip, measures the request (UTF-8 JSON of the queued
 * commands) and fails like Excel on the web above the payload limit; reading a property that was
 * not loaded and synced throws. Members newer than `apiVersion` throw as if absent.
 * Plain TypeScript (no jest/node imports): the e2e browser stub bundles it.
 */
export interface FakeExcelOptions {
  readonly apiVersion?: "1.7" | "1.8" | "1.9" | "1.13";
  /** Excel on the web rejects requests above 5 MB. */
  readonly payloadLimitBytes?: number;
  /** …and responses above 5 MB. */
  readonly responseLimitBytes?: number;
  readonly state?: FakeWorkbookState;
}

export interface FakeStats {
  syncs: number;
  /** Bytes of each request sent, in order. */
  readonly requestBytes: number[];
  maxRequestBytes: number;
  /** Largest response delivered (refused ones are counted in rejectedResponses). */
  maxResponseBytes: number;
  rejectedResponses: number;
  reset(): void;
}

export interface FakeExcel {
  readonly run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  /** A context for direct use (tests that call helpers taking a context). */
  readonly context: Excel.RequestContext;
  readonly state: FakeWorkbookState;
  readonly stats: FakeStats;
  /** The ExcelApi version this fake answers as (capabilitiesOf(apiVersion) matches isSetSupported). */
  readonly apiVersion: "1.7" | "1.8" | "1.9" | "1.13";
  isSetSupported(name: string, minVersion?: string): boolean;
}

export const WEB_PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  const state = options.state ?? new FakeWorkbookState();
  const apiVersion = options.apiVersion ?? "1.9";
  const minor = Number(apiVersion.split(".")[1]);
  const stats: FakeStats = {
    syncs: 0,
    requestBytes: [],
    maxRequestBytes: 0,
    maxResponseBytes: 0,
    rejectedResponses: 0,
    reset() {
      this.rejectedResponses = 0;
      this.syncs = 0;
      this.requestBytes.length = 0;
      this.maxRequestBytes = 0;
      this.maxResponseBytes = 0;
    },
  };
  const limit = options.payloadLimitBytes ?? WEB_PAYLOAD_LIMIT_BYTES;
  const responseLimit = options.responseLimitBytes ?? WEB_PAYLOAD_LIMIT_BYTES;
  const newContext = (): FakeContext => new FakeContext(state, stats, minor, limit, responseLimit);
  return {
    state,
    stats,
    apiVersion,
    context: newContext() as unknown as Excel.RequestContext,
    isSetSupported: (name, min) => name === "ExcelApi" && Number((min ?? "1.1").split(".")[1] ?? 1) <= minor,
    run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
      const context = newContext();
      const result = await batch(context as unknown as Excel.RequestContext);
      // Excel.run sends whatever is still queued when the batch returns.
      if (context.hasPending()) await context.sync();
      return result;
    },
  };
}

/** Installs `Excel` and `Office` globals backed by the fake (for the task pane in a browser or jsdom). */
export function installOfficeGlobals(fake: FakeExcel, host: { displayLanguage?: string } = {}): () => void {
  const scope = globalThis as Record<string, unknown>;
  const before = { Excel: scope["Excel"], Office: scope["Office"] };
  scope["Excel"] = { run: fake.run };
  scope["Office"] = {
    HostType: { Excel: "Excel" },
    onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }),
    context: {
      displayLanguage: host.displayLanguage ?? "th-TH",
      requirements: { isSetSupported: (name: string, min?: string) => fake.isSetSupported(name, min) },
    },
  };
  return () => {
    scope["Excel"] = before.Excel;
    scope["Office"] = before.Office;
  };
}

interface Command {
  readonly json: unknown;
  readonly run: () => void;
}

function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
  }
  return bytes;
}

class FakeContext {
  private commands: Command[] = [];
  private created: FakeProxy<unknown>[] = [];
  private responseBytes = 0;
  readonly workbook: FakeWorkbook;
  readonly runtime: FakeRuntime;

  constructor(
    readonly state: FakeWorkbookState,
    private readonly stats: FakeStats,
    private readonly minor: number,
    private readonly limit: number,
    private readonly responseLimit: number,
  ) {
    this.workbook = new FakeWorkbook(this);
    this.runtime = new FakeRuntime(this);
  }

  hasPending(): boolean {
    return this.commands.length > 0;
  }

  enqueue(json: unknown, run: () => void): void {
    this.commands.push({ json, run });
  }

  track(proxy: FakeProxy<unknown>): void {
    this.created.push(proxy);
  }

  addResponse(bytes: number): void {
    this.responseBytes += bytes;
  }

  requireSet(minor: number, member: string): void {
    if (this.minor < minor) throw new TypeError(`ApiNotFound: ${member} needs ExcelApi 1.${minor}`);
  }

  async sync(): Promise<void> {
    const commands = this.commands;
    const created = this.created;
    this.commands = [];
    this.created = [];
    this.responseBytes = 0;
    const bytes = utf8Bytes(JSON.stringify(commands.map((c) => c.json)));
    this.stats.syncs++;
    this.stats.requestBytes.push(bytes);
    this.stats.maxRequestBytes = Math.max(this.stats.maxRequestBytes, bytes);
    if (bytes > this.limit) throw new Error(`RequestPayloadSizeLimitExceeded: ${bytes} bytes`);
    for (const command of commands) command.run();
    for (const proxy of created) proxy.settle();
    if (this.responseBytes > this.responseLimit) {
      this.stats.rejectedResponses++;
      throw new Error(`ResponsePayloadSizeLimitExceeded: ${this.responseBytes} bytes`);
    }
    this.stats.maxResponseBytes = Math.max(this.stats.maxResponseBytes, this.responseBytes);
    await Promise.resolve();
  }
}

/** Base of every proxy: queued loads, loaded-property reads, null-object state after sync. */
abstract class FakeProxy<T> {
  private loaded: Record<string, unknown> | null = null;
  private nullState: boolean | undefined;

  constructor(
    readonly context: FakeContext,
    readonly path: string,
    private readonly resolver: () => T | null,
  ) {
    context.track(this as FakeProxy<unknown>);
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined)
      throw new Error(`isNullObject of ${this.path} is known only after context.sync()`);
    return this.nullState;
  }

  settle(): void {
    if (this.nullState !== undefined) return;
    try {
      this.nullState = this.resolver() === null;
    } catch {
      this.nullState = true;
    }
  }

  resolve(): T | null {
    return this.resolver();
  }

  target(): T {
    const target = this.resolver();
    if (target === null) throw new Error(`ItemNotFound: ${this.path}`);
    return target;
  }

  load(properties?: string | string[] | Record<string, unknown>): this {
    const names =
      properties === undefined
        ? ["*"]
        : typeof properties === "string"
          ? properties.split(",").map((p) => p.trim())
          : Array.isArray(properties)
            ? properties
            : Object.keys(properties);
    this.context.enqueue({ path: this.path, load: names }, () => {
      const target = this.resolver();
      const snapshot: Record<string, unknown> = { ...(this.loaded ?? {}) };
      if (target !== null) for (const name of names) snapshot[name] = this.snapshot(target, name);
      this.loaded = snapshot;
      this.nullState = target === null;
      this.context.addResponse(utf8Bytes(JSON.stringify(snapshot)));
    });
    return this;
  }

  /** Marks properties as loaded (children of a loaded collection). */
  preload(values: Record<string, unknown>): void {
    this.loaded = { ...(this.loaded ?? {}), ...values };
    this.nullState = false;
  }

  protected abstract snapshot(target: T, property: string): unknown;

  protected read<V>(property: string): V {
    if (!this.loaded || !(property in this.loaded)) {
      throw new Error(`PropertyNotLoaded: ${this.path}.${property} (load it and call context.sync() first)`);
    }
    if (this.nullState) throw new Error(`InvalidObjectPath: ${this.path} is a null object`);
    return this.loaded[property] as V;
  }

  protected command(action: string, args: unknown, run: (target: T) => void): void {
    this.context.enqueue({ path: this.path, action, args }, () => run(this.target()));
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly application: FakeApplication;
  constructor(context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context);
    this.application = new FakeApplication(context);
  }
}

class FakeApplication {
  constructor(private readonly context: FakeContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue(
      { path: "application", action: "suspendApiCalculationUntilNextSync" },
      () => undefined,
    );
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.context.requireSet(9, "suspendScreenUpdatingUntilNextSync");
    this.context.enqueue(
      { path: "application", action: "suspendScreenUpdatingUntilNextSync" },
      () => undefined,
    );
  }
}

class FakeRuntime {
  constructor(private readonly context: FakeContext) {}
  set enableEvents(value: boolean) {
    this.context.requireSet(8, "runtime.enableEvents");
    this.context.enqueue(
      { path: "runtime", set: "enableEvents", value },
      () => (this.context.state.eventsEnabled = value),
    );
  }
  get enableEvents(): boolean {
    throw new Error("PropertyNotLoaded: runtime.enableEvents");
  }
}

class FakeWorksheetCollection extends FakeProxy<FakeSheet[]> {
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

interface Area {
  readonly sheet: FakeSheet;
  readonly rects: readonly Rect[];
}

class FakeWorksheet extends FakeProxy<FakeSheet> {
  get name(): string {
    return this.read("name");
  }

  protected snapshot(sheet: FakeSheet, property: string): unknown {
    if (property === "name") return sheet.name;
    if (property === "position") return this.context.state.sheets.indexOf(sheet);
    return undefined;
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

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    void valuesOnly;
    return this.range("usedRange?", () => {
      const sheet = this.resolve();
      return sheet === null
        ? null
        : this.context.state.usedRect(sheet, {
            row: 0,
            column: 0,
            rowCount: MAX_ROWS,
            columnCount: MAX_COLUMNS,
          });
    });
  }

  get tables(): { add(address: string, hasHeaders: boolean): FakeTableProxy } {
    return {
      add: (address, hasHeaders) => {
        const slot: { table: FakeTable | null } = { table: null };
        this.command("tables.add", [address, hasHeaders], (sheet) => {
          const rect = parseAddress(address);
          slot.table = this.context.state.createTable(
            sheet,
            `Table${this.context.state.tables.size + 1}`,
            rect,
          );
        });
        return new FakeTableProxy(this.context, `${this.path}/table+(${address})`, () => slot.table);
      },
    };
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

class FakeRange extends FakeProxy<{ sheet: FakeSheet; rect: Rect }> {
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(values: unknown[][]) {
    this.checkMatrix(values, "values");
    this.command("set values", values, ({ sheet, rect }) => {
      this.checkShape(values, rect, "values");
      values.forEach((row, r) =>
        row.forEach((value, c) =>
          this.context.state.writeValue(
            this.context.state.getCell(sheet, rect.row + r, rect.column + c, true),
            value,
          ),
        ),
      );
    });
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(formats: string[][]) {
    this.checkMatrix(formats, "numberFormat");
    this.command("set numberFormat", formats, ({ sheet, rect }) => {
      this.checkShape(formats, rect, "numberFormat");
      formats.forEach((row, r) =>
        row.forEach(
          (format, c) =>
            (this.context.state.getCell(sheet, rect.row + r, rect.column + c, true).numberFormat = format),
        ),
      );
    });
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }

  protected snapshot({ sheet, rect }: { sheet: FakeSheet; rect: Rect }, property: string): unknown {
    const matrix = <V>(cell: (row: number, column: number) => V): V[][] => {
      if (rect.rowCount * rect.columnCount > 5_000_000) return null as unknown as V[][];
      return Array.from({ length: rect.rowCount }, (_, r) =>
        Array.from({ length: rect.columnCount }, (_, c) => cell(rect.row + r, rect.column + c)),
      );
    };
    const cellAt = (r: number, c: number) => this.context.state.getCell(sheet, r, c, false);
    switch (property) {
      case "values":
        return matrix((r, c) => {
          const cell = cellAt(r, c);
          return cell?.error ?? cell?.value ?? "";
        });
      case "valueTypes":
        return matrix((r, c) => {
          const cell = cellAt(r, c);
          if (cell?.error !== undefined) return "Error";
          const value = cell?.value ?? null;
          return value === null
            ? "Empty"
            : typeof value === "number"
              ? "Double"
              : typeof value === "boolean"
                ? "Boolean"
                : "String";
        });
      case "numberFormat":
        return matrix((r, c) => cellAt(r, c)?.numberFormat ?? "General");
      case "address":
        return `${quoteSheet(sheet.name)}!${formatAddress(rect)}`;
      case "rowIndex":
        return rect.row;
      case "rowCount":
        return rect.rowCount;
      case "columnIndex":
        return rect.column;
      case "columnCount":
        return rect.columnCount;
      default:
        return undefined;
    }
  }

  private checkMatrix(values: unknown, what: string): void {
    if (!Array.isArray(values) || !values.every(Array.isArray))
      throw new Error(`InvalidArgument: ${what} must be a 2-D array`);
  }

  private checkShape(values: unknown[][], rect: Rect, what: string): void {
    if (values.length !== rect.rowCount || values.some((row) => row.length !== rect.columnCount)) {
      throw new Error(
        `InvalidArgument: ${what} is ${values.length}x${values[0]?.length ?? 0}, range is ${rect.rowCount}x${rect.columnCount}`,
      );
    }
  }

  private area(): Area | null {
    const target = this.resolve();
    return target === null ? null : { sheet: target.sheet, rects: [target.rect] };
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.context, `${this.path}/format`, () => this.area());
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.context, `${this.path}/conditionalFormats`, () =>
      this.area(),
    );
  }

  get dataValidation(): { rule: unknown } {
    this.context.requireSet(8, "Range.dataValidation");
    const command = (rule: unknown): void =>
      this.command("dataValidation.rule", rule, ({ sheet, rect }) =>
        sheet.dataValidations.push({ rects: [rect], rule }),
      );
    return {
      set rule(rule: unknown) {
        command(rule);
      },
      get rule(): unknown {
        throw new Error("PropertyNotLoaded: dataValidation.rule");
      },
    };
  }

  merge(across?: boolean): void {
    this.command("merge", [across ?? false], ({ sheet, rect }) => {
      if (sheet.merges.some((m) => intersects(m, rect)))
        throw new Error("InvalidOperation: overlapping merge");
      sheet.merges.push(rect);
      // Like Excel, only the top-left value survives a merge.
      this.context.state.forEachCell(sheet, rect, false, (cell, row, column) => {
        if (row !== rect.row || column !== rect.column) this.context.state.writeValue(cell, null);
      });
    });
  }

  unmerge(): void {
    this.command(
      "unmerge",
      [],
      ({ sheet, rect }) => (sheet.merges = sheet.merges.filter((m) => !intersects(m, rect))),
    );
  }

  clear(applyTo?: string): void {
    this.command("clear", [applyTo ?? "All"], ({ sheet, rect }) => {
      const whole = rect.rowCount === MAX_ROWS && rect.columnCount === MAX_COLUMNS;
      if (whole && (applyTo ?? "All") === "All") {
        sheet.cells.clear();
        return;
      }
      this.context.state.forEachCell(sheet, rect, false, (cell) => {
        this.context.state.writeValue(cell, null);
        cell.format = {};
        cell.numberFormat = "General";
      });
    });
  }

  select(): void {
    this.command("select", [], ({ sheet, rect }) => {
      this.context.state.selection = { sheet: sheet.name, address: formatAddress(rect) };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, `${this.path}/cell(${row},${column})`, () => {
      const target = this.resolve();
      if (target === null) return null;
      return {
        sheet: target.sheet,
        rect: {
          row: target.rect.row + row,
          column: target.rect.column + column,
          rowCount: 1,
          columnCount: 1,
        },
      };
    });
  }

  /** ExcelApi 1.13: the merged areas inside this range (a null object when there are none). */
  getMergedAreasOrNullObject(): FakeMergedAreas {
    this.context.requireSet(13, "Range.getMergedAreasOrNullObject");
    return new FakeMergedAreas(this.context, `${this.path}/mergedAreas?`, () => {
      const target = this.resolve();
      if (target === null) return null;
      const rects = target.sheet.merges.filter((m) => intersects(m, target.rect));
      return rects.length === 0 ? null : { sheet: target.sheet, rects };
    });
  }

  /** ExcelApi 1.9: per-cell properties; the fake answers `format.fill.color` (white when unfilled). */
  getCellProperties(spec: { format?: { fill?: { color?: boolean } } }): { readonly value: unknown[][] } {
    this.context.requireSet(9, "Range.getCellProperties");
    const slot: { value: unknown[][] | null } = { value: null };
    this.context.enqueue({ path: this.path, action: "getCellProperties", args: spec }, () => {
      const { sheet, rect } = this.target();
      slot.value = Array.from({ length: rect.rowCount }, (_, r) =>
        Array.from({ length: rect.columnCount }, (_, c) => {
          const fill = this.context.state.getCell(sheet, rect.row + r, rect.column + c, false)?.format[
            "fill.color"
          ];
          return { format: { fill: { color: typeof fill === "string" ? fill : "#FFFFFF" } } };
        }),
      );
      this.context.addResponse(utf8Bytes(JSON.stringify(slot.value)));
    });
    return {
      get value(): unknown[][] {
        if (slot.value === null)
          throw new Error("PropertyNotLoaded: getCellProperties value before context.sync()");
        return slot.value;
      },
    };
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    void valuesOnly;
    return new FakeRange(this.context, `${this.path}/usedRange?`, () => {
      const target = this.resolve();
      if (target === null) return null;
      const used = this.context.state.usedRect(target.sheet, target.rect);
      return used === null ? null : { sheet: target.sheet, rect: used };
    });
  }
}

class FakeRangeAreas extends FakeProxy<Area> {
  protected snapshot(): unknown {
    return undefined;
  }
  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.context, `${this.path}/format`, () => this.resolve());
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return new FakeConditionalFormatCollection(this.context, `${this.path}/conditionalFormats`, () =>
      this.resolve(),
    );
  }
}

class FakeMergedAreas extends FakeProxy<Area> {
  get address(): string {
    return this.read("address");
  }
  protected snapshot({ sheet, rects }: Area, property: string): unknown {
    return property === "address"
      ? rects.map((rect) => `${quoteSheet(sheet.name)}!${formatAddress(rect)}`).join(", ")
      : undefined;
  }
}

/** Format setters write flat keys into every cell of the area ("font.bold", "borders.EdgeTop.style"). */
class FakeRangeFormat {
  constructor(
    private readonly context: FakeContext,
    private readonly path: string,
    private readonly area: () => Area | null,
  ) {}

  private setCells(key: string, value: unknown): void {
    this.context.enqueue({ path: this.path, set: key, value }, () => {
      const area = this.area();
      if (area === null) throw new Error(`ItemNotFound: ${this.path}`);
      for (const rect of area.rects) {
        this.context.state.forEachCell(area.sheet, rect, true, (cell) => (cell.format[key] = value));
      }
    });
  }

  private setSheet(key: string, value: unknown, apply: (sheet: FakeSheet, rect: Rect) => void): void {
    this.context.enqueue({ path: this.path, set: key, value }, () => {
      const area = this.area();
      if (area === null) throw new Error(`ItemNotFound: ${this.path}`);
      for (const rect of area.rects) apply(area.sheet, rect);
    });
  }

  set columnWidth(width: number) {
    this.setSheet("columnWidth", width, (sheet, rect) => {
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) sheet.columnWidths.set(c, width);
    });
  }
  set rowHeight(height: number) {
    this.setSheet("rowHeight", height, (sheet, rect) => {
      for (let r = rect.row; r < rect.row + Math.min(rect.rowCount, 100_000); r++)
        sheet.rowHeights.set(r, height);
    });
  }
  set useStandardWidth(value: boolean) {
    this.setSheet("useStandardWidth", value, (sheet) => sheet.columnWidths.clear());
  }
  set useStandardHeight(value: boolean) {
    this.setSheet("useStandardHeight", value, (sheet) => sheet.rowHeights.clear());
  }
  set horizontalAlignment(value: string) {
    this.setCells("horizontalAlignment", value);
  }
  set verticalAlignment(value: string) {
    this.setCells("verticalAlignment", value);
  }
  set wrapText(value: boolean) {
    this.setCells("wrapText", value);
  }
  set indentLevel(value: number) {
    this.context.requireSet(9, "RangeFormat.indentLevel");
    this.setCells("indentLevel", value);
  }
  get font(): Record<"name" | "size" | "bold" | "italic" | "color", unknown> {
    return this.setterObject("font", ["name", "size", "bold", "italic", "color"]);
  }
  get fill(): Record<"color", unknown> {
    return this.setterObject("fill", ["color"]);
  }
  get borders(): { getItem(edge: string): Record<"style" | "weight" | "color", unknown> } {
    return { getItem: (edge) => this.setterObject(`borders.${edge}`, ["style", "weight", "color"]) };
  }

  private setterObject<K extends string>(prefix: string, keys: readonly K[]): Record<K, unknown> {
    const object = {} as Record<K, unknown>;
    for (const k of keys) {
      Object.defineProperty(object, k, {
        set: (value: unknown) => this.setCells(`${prefix}.${k}`, value),
        get: () => {
          throw new Error(`PropertyNotLoaded: ${this.path}.${prefix}.${k}`);
        },
      });
    }
    return object;
  }
}

class FakeConditionalFormatCollection extends FakeProxy<Area> {
  private loadedItems: FakeConditionalFormatProxy[] | null = null;

  protected snapshot(area: Area, property: string): unknown {
    return property.startsWith("items")
      ? this.matching(area).map((f) => ({ id: f.id, type: f.type }))
      : undefined;
  }

  private matching(area: Area): FakeConditionalFormat[] {
    return area.sheet.conditionalFormats.filter((f) =>
      f.rects.some((a) => area.rects.some((b) => intersects(a, b))),
    );
  }

  get items(): FakeConditionalFormatProxy[] {
    if (!this.loadedItems) throw new Error(`PropertyNotLoaded: ${this.path}.items`);
    return this.loadedItems;
  }

  override load(properties?: string | string[] | Record<string, unknown>): this {
    super.load(properties);
    this.context.enqueue({ path: this.path, load: "items" }, () => {
      const area = this.target();
      this.loadedItems = this.matching(area).map((format) => {
        const proxy = new FakeConditionalFormatProxy(this.context, `cf(${format.id})`, () =>
          area.sheet.conditionalFormats.includes(format) ? { sheet: area.sheet, format } : null,
        );
        proxy.preload({ id: format.id, type: format.type });
        return proxy;
      });
    });
    return this;
  }

  add(type: string): FakeConditionalFormatProxy {
    const holder: { slot: { sheet: FakeSheet; format: FakeConditionalFormat } | null } = { slot: null };
    this.command("conditionalFormats.add", [type], (area) => {
      const format: FakeConditionalFormat = {
        id: this.context.state.newId(),
        type,
        rects: area.rects,
        formula: "",
        fill: null,
      };
      area.sheet.conditionalFormats.push(format);
      holder.slot = { sheet: area.sheet, format };
    });
    return new FakeConditionalFormatProxy(this.context, `${this.path}/cf+`, () => holder.slot);
  }

  clearAll(): void {
    this.command("conditionalFormats.clearAll", [], (area) => {
      const remove = new Set(this.matching(area));
      area.sheet.conditionalFormats = area.sheet.conditionalFormats.filter((f) => !remove.has(f));
    });
  }
}

class FakeConditionalFormatProxy extends FakeProxy<{ sheet: FakeSheet; format: FakeConditionalFormat }> {
  get id(): string {
    return this.read("id");
  }
  get type(): string {
    return this.read("type");
  }
  protected snapshot({ format }: { format: FakeConditionalFormat }, property: string): unknown {
    return property === "id" ? format.id : property === "type" ? format.type : undefined;
  }
  get custom(): { rule: FakeConditionalRule; format: { fill: { color: unknown } } } {
    const rule = new FakeConditionalRule(this.context, `${this.path}/custom/rule`, () => {
      const target = this.resolve();
      if (target !== null && target.format.type !== "Custom")
        throw new Error("InvalidOperation: not a custom format");
      return target;
    });
    const setFill = (color: unknown): void =>
      this.command("custom.format.fill.color", color, (t) => (t.format.fill = String(color)));
    return {
      rule,
      format: {
        fill: {
          set color(value: unknown) {
            setFill(value);
          },
          get color(): unknown {
            throw new Error("PropertyNotLoaded: custom.format.fill.color");
          },
        },
      },
    };
  }
  delete(): void {
    this.command(
      "delete",
      [],
      ({ sheet, format }) =>
        (sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => f !== format)),
    );
  }
}

class FakeConditionalRule extends FakeProxy<{ sheet: FakeSheet; format: FakeConditionalFormat }> {
  get formula(): string {
    return this.read("formula");
  }
  set formula(formula: string) {
    this.command("set formula", formula, ({ format }) => (format.formula = formula));
  }
  protected snapshot({ format }: { format: FakeConditionalFormat }, property: string): unknown {
    return property === "formula" ? format.formula : undefined;
  }
}

class FakeTableCollection extends FakeProxy<Map<string, FakeTable>> {
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

class FakeTableProxy extends FakeProxy<FakeTable> {
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

class FakePageLayout extends FakeProxy<FakeSheet> {
  protected snapshot(sheet: FakeSheet, property: string): unknown {
    return sheet.pageLayout[property];
  }
  private setLayout(key: string, value: unknown): void {
    this.command(`pageLayout.${key}`, value, (sheet) => (sheet.pageLayout[key] = value));
  }
  set paperSize(value: string) {
    this.setLayout("paperSize", value);
  }
  set orientation(value: string) {
    this.setLayout("orientation", value);
  }
  set zoom(value: Record<string, number>) {
    this.setLayout("zoom", value);
  }
  set centerHorizontally(value: boolean) {
    this.setLayout("centerHorizontally", value);
  }
  setPrintTitleRows(rows: string): void {
    this.setLayout("printTitleRows", rows);
  }
  setPrintMargins(unit: string, margins: Record<string, number>): void {
    this.setLayout("margins", { unit, ...margins });
  }
  setPrintArea(address: string): void {
    this.setLayout("printArea", address);
  }
  set firstPageNumber(value: number | "") {
    this.setLayout("firstPageNumber", value);
  }
  /** Header/footer texts land in pageLayout as "rightHeader", "firstPage.rightHeader", …; state as "headerFooterState". */
  get headersFooters(): {
    state: unknown;
    defaultForAllPages: Record<"rightHeader" | "centerFooter", unknown>;
    firstPage: Record<"rightHeader" | "centerFooter", unknown>;
  } {
    const set = (key: string, value: unknown): void => this.setLayout(key, value);
    const headerFooter = (prefix: string): Record<"rightHeader" | "centerFooter", unknown> => ({
      set rightHeader(value: unknown) {
        set(`${prefix}rightHeader`, value);
      },
      get rightHeader(): unknown {
        throw new Error("PropertyNotLoaded: rightHeader");
      },
      set centerFooter(value: unknown) {
        set(`${prefix}centerFooter`, value);
      },
      get centerFooter(): unknown {
        throw new Error("PropertyNotLoaded: centerFooter");
      },
    });
    return {
      set state(value: unknown) {
        set("headerFooterState", value);
      },
      get state(): unknown {
        throw new Error("PropertyNotLoaded: headersFooters.state");
      },
      defaultForAllPages: headerFooter(""),
      firstPage: headerFooter("firstPage."),
    };
  }
}
