import {
  formatAddress,
  intersects,
  MAX_COLUMNS,
  MAX_ROWS,
  quoteSheet,
  type FakeSheet,
  type Rect,
} from "../fakeWorkbookState";
import { FakeConditionalFormatCollection } from "./FakeConditionalFormats";
import { FakeProxy, utf8Bytes, type Area } from "./FakeProxy";
import { FakeMergedAreas } from "./FakeRangeAreas";
import { FakeRangeFormat } from "./FakeRangeFormat";

export class FakeRange extends FakeProxy<{ sheet: FakeSheet; rect: Rect }> {
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

  /** ExcelApi 1.9: each row's height (15 pt where none was set, Excel's standard for Calibri 11). */
  getRowProperties(spec: { format?: { rowHeight?: boolean } }): { readonly value: unknown[] } {
    this.context.requireSet(9, "Range.getRowProperties");
    return this.lineProperties("getRowProperties", spec, (sheet, rect) =>
      Array.from({ length: rect.rowCount }, (_, r) => ({
        format: { rowHeight: sheet.rowHeights.get(rect.row + r) ?? 15 },
      })),
    );
  }

  /** ExcelApi 1.9: each column's width (48 pt, Excel's standard 8.43 characters, where none was set). */
  getColumnProperties(spec: { format?: { columnWidth?: boolean } }): { readonly value: unknown[] } {
    this.context.requireSet(9, "Range.getColumnProperties");
    return this.lineProperties("getColumnProperties", spec, (sheet, rect) =>
      Array.from({ length: rect.columnCount }, (_, c) => ({
        format: { columnWidth: sheet.columnWidths.get(rect.column + c) ?? 48 },
      })),
    );
  }

  private lineProperties(
    action: string,
    spec: unknown,
    answer: (sheet: FakeSheet, rect: Rect) => unknown[],
  ): { readonly value: unknown[] } {
    const slot: { value: unknown[] | null } = { value: null };
    this.context.enqueue({ path: this.path, action, args: spec }, () => {
      const { sheet, rect } = this.target();
      slot.value = answer(sheet, rect);
      this.context.addResponse(utf8Bytes(JSON.stringify(slot.value)));
    });
    return {
      get value(): unknown[] {
        if (slot.value === null) throw new Error(`PropertyNotLoaded: ${action} value before context.sync()`);
        return slot.value;
      },
    };
  }

  /** The used part of this range: cells with values (and, unless `valuesOnly`, formats, merges and tables). */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, `${this.path}/usedRange?`, () => {
      const target = this.resolve();
      if (target === null) return null;
      const used = this.context.state.usedRect(target.sheet, target.rect, valuesOnly);
      return used === null ? null : { sheet: target.sheet, rect: used };
    });
  }

  /** A range next to this one, in this range's sheet (Excel refuses ranges past the sheet's edge). */
  private relative(path: string, rect: (r: Rect) => Rect): FakeRange {
    return new FakeRange(this.context, `${this.path}/${path}`, () => {
      const target = this.resolve();
      if (target === null) return null;
      const next = rect(target.rect);
      if (next.row + next.rowCount > MAX_ROWS || next.column + next.columnCount > MAX_COLUMNS)
        throw new Error(`InvalidArgument: ${path} passes the sheet's edge`);
      return { sheet: target.sheet, rect: next };
    });
  }

  getRowsBelow(count = 1): FakeRange {
    return this.relative(`rowsBelow(${count})`, (r) => ({ ...r, row: r.row + r.rowCount, rowCount: count }));
  }

  getColumnsAfter(count = 1): FakeRange {
    return this.relative(`columnsAfter(${count})`, (r) => ({
      ...r,
      column: r.column + r.columnCount,
      columnCount: count,
    }));
  }

  /** One column of this range (0-based within it). */
  getColumn(index: number): FakeRange {
    return this.relative(`column(${index})`, (r) => ({ ...r, column: r.column + index, columnCount: 1 }));
  }

  getEntireColumn(): FakeRange {
    return this.relative("entireColumn", (r) => ({ ...r, row: 0, rowCount: MAX_ROWS }));
  }

  /** The overlap with another range of the same sheet; a null object when they do not overlap. */
  getIntersectionOrNullObject(other: FakeRange): FakeRange {
    return new FakeRange(this.context, `${this.path}/intersection?`, () => {
      const a = this.resolve();
      const b = other.resolve();
      if (a === null || b === null || a.sheet !== b.sheet || !intersects(a.rect, b.rect)) return null;
      const row = Math.max(a.rect.row, b.rect.row);
      const column = Math.max(a.rect.column, b.rect.column);
      const bottom = Math.min(a.rect.row + a.rect.rowCount, b.rect.row + b.rect.rowCount);
      const right = Math.min(a.rect.column + a.rect.columnCount, b.rect.column + b.rect.columnCount);
      return { sheet: a.sheet, rect: { row, column, rowCount: bottom - row, columnCount: right - column } };
    });
  }

  /** The smallest range holding both. */
  getBoundingRect(other: FakeRange): FakeRange {
    return new FakeRange(this.context, `${this.path}/boundingRect`, () => {
      const a = this.resolve();
      const b = other.resolve();
      if (a === null || b === null) return null;
      if (a.sheet !== b.sheet) throw new Error("InvalidArgument: ranges on different sheets");
      const row = Math.min(a.rect.row, b.rect.row);
      const column = Math.min(a.rect.column, b.rect.column);
      const bottom = Math.max(a.rect.row + a.rect.rowCount, b.rect.row + b.rect.rowCount);
      const right = Math.max(a.rect.column + a.rect.columnCount, b.rect.column + b.rect.columnCount);
      return { sheet: a.sheet, rect: { row, column, rowCount: bottom - row, columnCount: right - column } };
    });
  }
}
