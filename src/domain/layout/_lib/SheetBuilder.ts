import type { CellSpec, MergeSpec, RowSpec } from "../SheetSpec";
import { wrapText } from "../../text/wrapText";

/** Line height as a multiple of the font size (Excel sets 24 pt rows for 16 pt TH SarabunPSK): room for Thai marks. */
export const LINE_HEIGHT_FACTOR = 1.45;
/** Cell padding (points) left and right of wrapped text, as both spreadsheet apps draw it. */
export const CELL_PADDING_PT = 6;
/** Text is fitted into width / this factor; the bold-face metrics already leave regular text some room. */
export const FIT_SAFETY = 1;

/** Width to fit text into, for a cell or merged span of `widthPt`. */
export function fitWidth(widthPt: number): number {
  return (widthPt - CELL_PADDING_PT) / FIT_SAFETY;
}

export function rowHeightForLines(lines: number, fontSizePt: number): number {
  return Math.ceil(Math.max(1, lines) * fontSizePt * LINE_HEIGHT_FACTOR + 3);
}

/** Builds the rows and merges of one sheet; row heights are always explicit. */
export class SheetBuilder {
  readonly rows: RowSpec[] = [];
  readonly merges: MergeSpec[] = [];

  constructor(readonly columnWidthsPt: readonly number[]) {}

  get rowCount(): number {
    return this.rows.length;
  }

  /** Adds a row of cells (missing trailing cells are empty); returns its 0-based index. */
  addRow(heightPt: number, cells: readonly (CellSpec | null)[]): number {
    const padded = this.columnWidthsPt.map((_, i) => cells[i] ?? null);
    this.rows.push({ heightPt, cells: padded });
    return this.rows.length - 1;
  }

  merge(row: number, column: number, rowCount: number, columnCount: number): void {
    if (rowCount > 1 || columnCount > 1) this.merges.push({ row, column, rowCount, columnCount });
  }

  /** Width available to text spanning columns [first, first + count). */
  spanWidth(first: number, count: number): number {
    return this.columnWidthsPt.slice(first, first + count).reduce((a, b) => a + b, 0);
  }

  /** Estimated wrapped line count of text in a span at a font size. */
  linesIn(text: string, first: number, count: number, fontSizePt: number): number {
    if (text === "") return 1;
    return wrapText(text, fitWidth(this.spanWidth(first, count)), fontSizePt).length;
  }
}
