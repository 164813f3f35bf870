import type { CellSpec, MergeSpec, RowSpec } from "../SheetSpec";
import { digitsFor } from "../../text/thaiDigits";
import { wrapText } from "../../text/wrapText";

/** Line height as a multiple of the font size (Excel sets 24 pt rows for 16 pt TH SarabunPSK): room for Thai marks. */
export const LINE_HEIGHT_FACTOR = 1.45;
/**
 * Pitch of each further wrapped line, as a multiple of the font size: TH Sarabun's line box
 * (hhea ascent + descent) is 1.94 em regular, 2.01 em bold, and LibreOffice spaces lines by it
 * (measured on its PDF), far more than the single-line row height suggests.
 */
export const WRAPPED_LINE_FACTOR = 2.02;
/** Cell padding (points) left and right of wrapped text together: both apps pad ~2–3 pt each side. */
export const CELL_PADDING_PT = 8;
/**
 * Text is fitted into width / this factor: the metrics are exact, but the apps may pick a slightly
 * different break, and an estimate must never come out a line short (the row would clip it).
 */
export const FIT_SAFETY = 1.02;

/** Width to fit text into, for a cell or merged span of `widthPt`. */
export function fitWidth(widthPt: number): number {
  return (widthPt - CELL_PADDING_PT) / FIT_SAFETY;
}

export function rowHeightForLines(lines: number, fontSizePt: number): number {
  const further = Math.max(1, lines) - 1;
  return Math.ceil(fontSizePt * LINE_HEIGHT_FACTOR + 3 + further * fontSizePt * WRAPPED_LINE_FACTOR);
}

export interface WrappedText {
  /** The text with a newline at each break. */
  readonly text: string;
  readonly lines: number;
}

/** Builds the rows and merges of one sheet; row heights are always explicit. */
export class SheetBuilder {
  readonly rows: RowSpec[] = [];
  readonly merges: MergeSpec[] = [];

  /**
   * `thaiDigits`: text will print with Thai digits (wider than Arabic), so measure it that way.
   * `keep`: names no line may break inside (see properNames), as they will print.
   */
  constructor(
    readonly columnWidthsPt: readonly number[],
    readonly thaiDigits = false,
    keep: readonly string[] = [],
  ) {
    this.keep = keep.map((name) => digitsFor(name, thaiDigits));
  }

  private readonly keep: readonly string[];

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

  /**
   * Text in a span at a font size (bold: the heading face) with its line breaks written in, and
   * how many lines that makes. Thai has no spaces between words and each app breaks it its own
   * way (LibreOffice even inside a word): explicit breaks at the word boundaries measured here
   * print the same lines everywhere, and always fit the row height made for them, as staff get
   * by hand with Alt+Enter. Digits are as they will print.
   */
  wrapped(text: string, first: number, count: number, fontSizePt: number, bold = false): WrappedText {
    if (text === "") return { text, lines: 1 };
    const lines = wrapText(
      digitsFor(text, this.thaiDigits),
      fitWidth(this.spanWidth(first, count)),
      fontSizePt,
      bold,
      this.keep,
    );
    return { text: lines.join("\n"), lines: lines.length };
  }
}
