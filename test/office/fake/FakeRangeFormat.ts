import type { FakeSheet, Rect } from "../fakeWorkbookState";
import { FakeProxy, type Area } from "./FakeProxy";

/** Excel.BorderIndex (ExcelApi 1.1): a diagonal is set on every cell of the range. */
const BORDER_INDEXES: readonly string[] = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];
/** Excel.HorizontalAlignment (ExcelApi 1.1). */
const HORIZONTAL_ALIGNMENTS: readonly string[] = [
  "General",
  "Left",
  "Center",
  "Right",
  "Fill",
  "Justify",
  "CenterAcrossSelection",
  "Distributed",
];

/**
 * Format setters write flat keys into every cell of the area ("font.bold", "borders.EdgeTop.style");
 * `useStandardWidth` can be loaded (true when no column of the area has a width of its own).
 */
export class FakeRangeFormat extends FakeProxy<Area> {
  private area(): Area | null {
    return this.resolve();
  }

  protected snapshot({ sheet, rects }: Area, property: string): unknown {
    if (property !== "useStandardWidth") return undefined;
    return rects.every((rect) =>
      Array.from({ length: rect.columnCount }, (_, c) => rect.column + c).every(
        (c) => !sheet.columnWidths.has(c),
      ),
    );
  }

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
  get useStandardWidth(): boolean {
    return this.read("useStandardWidth");
  }
  set useStandardWidth(value: boolean) {
    this.setSheet("useStandardWidth", value, (sheet) => sheet.columnWidths.clear());
  }
  set useStandardHeight(value: boolean) {
    this.setSheet("useStandardHeight", value, (sheet) => sheet.rowHeights.clear());
  }
  set horizontalAlignment(value: string) {
    if (!HORIZONTAL_ALIGNMENTS.includes(value))
      throw new Error(`InvalidArgument: horizontalAlignment ${value}`);
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
    return {
      getItem: (edge) => {
        if (!BORDER_INDEXES.includes(edge)) throw new Error(`InvalidArgument: border ${edge}`);
        return this.setterObject(`borders.${edge}`, ["style", "weight", "color"]);
      },
    };
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
