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

/** Excel's tallest row; a taller one is cut to it, and LibreOffice's PDF clips its text. */
export const MAX_ROW_HEIGHT_PT = 409;
/** Excel's longest cell text (line breaks included). */
export const MAX_CELL_CHARS = 32_767;
/**
 * Lines per row when a text continues on further rows (109 pt at 14 pt): a project's first row fits
 * a page under the title, the header and two headings, and a page break wastes less than one such
 * row. The rows print as one cell: the seams between them do not show.
 */
export const CONTINUED_LINES = 4;

/** How many lines of a font fit one row of at most MAX_ROW_HEIGHT_PT. */
export function maxLinesPerRow(fontSizePt: number): number {
  let lines = 1;
  while (rowHeightForLines(lines + 1, fontSizePt) <= MAX_ROW_HEIGHT_PT) lines++;
  return lines;
}

/**
 * Lines grouped into the cells of successive rows: all in one cell when they fit a row (at most
 * maxLinesPerRow lines and MAX_CELL_CHARS characters), otherwise CONTINUED_LINES lines per cell. A
 * line longer than MAX_CELL_CHARS (marks with no width never wrap) is cut between characters.
 * The cells' texts, joined with line breaks, are the lines joined with line breaks, cuts aside.
 */
export function rowChunks(lines: readonly string[], fontSizePt: number): string[][] {
  const pieces = lines.flatMap((line) => cutLongLine(line));
  const chars = pieces.reduce((sum, line) => sum + line.length + 1, -1);
  if (pieces.length <= maxLinesPerRow(fontSizePt) && chars <= MAX_CELL_CHARS) return [pieces];
  const chunks: string[][] = [];
  let chunk: string[] = [];
  let length = -1;
  for (const piece of pieces) {
    if (chunk.length === CONTINUED_LINES || length + piece.length + 1 > MAX_CELL_CHARS) {
      chunks.push(chunk);
      chunk = [];
      length = -1;
    }
    chunk.push(piece);
    length += piece.length + 1;
  }
  chunks.push(chunk);
  return chunks;
}

/** A line cut into pieces of at most MAX_CELL_CHARS code units, never inside a surrogate pair. */
export function cutLongLine(line: string): string[] {
  if (line.length <= MAX_CELL_CHARS) return [line];
  const pieces: string[] = [];
  let piece = "";
  for (const ch of line) {
    if (piece.length + ch.length > MAX_CELL_CHARS) {
      pieces.push(piece);
      piece = "";
    }
    piece += ch;
  }
  return [...pieces, piece];
}

export interface WrappedText {
  /** The text with a newline at each break. */
  readonly text: string;
  readonly lines: number;
}

/**
 * A cell of a block row (SheetBuilder.addBlock) whose text is wrapped in its column, or in `span`
 * columns from it (merged), and continues on the block's further rows when it is too long for one.
 */
export interface WrapCell {
  readonly wrap: string;
  readonly style: string;
  readonly span?: number;
  readonly bold?: boolean;
}

/** Where a row sits in a block of several: its style keys carry it (see continuedStyle). */
export type BlockPart = "first" | "inner" | "last";

const isWrap = (cell: CellSpec | WrapCell | null): cell is WrapCell => cell !== null && "wrap" in cell;

/** The key of a style's variant for one part of a block: `text` → `text:first`. */
export const partStyle = (style: string, part: BlockPart): string => `${style}:${part}`;

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

  /**
   * Adds one logical row of a table: wrapped texts (WrapCell) and plain cells. When a text is too
   * long for one row (rowChunks), it continues on the next rows of the block: those hold only the
   * rest of the long texts, their other cells empty, and every cell's style is its block-part
   * variant (no border between the block's rows, bars filled through), so the block reads as one.
   * Plain cells keep their values on the first row. Returns the rows added (0-based).
   */
  addBlock(cells: readonly (CellSpec | WrapCell | null)[], fontSizePt: number): number[] {
    const chunks = cells.map((cell, column) =>
      isWrap(cell)
        ? rowChunks(
            this.wrappedLines(cell.wrap, column, cell.span ?? 1, fontSizePt, cell.bold ?? false),
            fontSizePt,
          )
        : null,
    );
    const count = Math.max(1, ...chunks.map((c) => c?.length ?? 1));
    const added: number[] = [];
    for (let k = 0; k < count; k++) {
      const part: BlockPart | null =
        count === 1 ? null : k === 0 ? "first" : k === count - 1 ? "last" : "inner";
      const styled = (style: string | undefined): { style?: string } =>
        style === undefined ? {} : { style: part === null ? style : partStyle(style, part) };
      const lines = Math.max(1, ...chunks.map((c) => c?.[k]?.length ?? 1));
      const row = this.addRow(
        rowHeightForLines(lines, fontSizePt),
        cells.map((cell, column): CellSpec | null => {
          if (cell === null) return null;
          if (isWrap(cell)) {
            const text = chunks[column]?.[k];
            return { value: text === undefined ? null : text.join("\n"), ...styled(cell.style) };
          }
          return { value: k === 0 ? cell.value : null, ...styled(cell.style) };
        }),
      );
      cells.forEach((cell, column) => {
        if (isWrap(cell) && (cell.span ?? 1) > 1) this.merge(row, column, 1, cell.span ?? 1);
      });
      added.push(row);
    }
    return added;
  }

  /** Adds a row of cells (missing trailing cells are empty); returns its 0-based index. */
  addRow(heightPt: number, cells: readonly (CellSpec | null)[]): number {
    const padded = this.columnWidthsPt.map((_, i) => cells[i] ?? null);
    this.rows.push({ heightPt, cells: padded });
    return this.rows.length - 1;
  }

  /**
   * Splits row `row` into rows of these heights (they add up to its own): the first keeps its
   * cells, the others start empty; later rows and their merges move down. Returns the rows, 0-based.
   */
  splitRow(row: number, heights: readonly number[]): number[] {
    const original = this.rows[row];
    if (!original || heights.length === 0) return [row];
    const added = heights.slice(1).map((heightPt) => ({ heightPt, cells: original.cells.map(() => null) }));
    this.rows.splice(row, 1, { ...original, heightPt: heights[0] ?? original.heightPt }, ...added);
    for (const [i, merge] of this.merges.entries())
      if (merge.row > row) this.merges[i] = { ...merge, row: merge.row + added.length };
    return heights.map((_, i) => row + i);
  }

  /** Sets one cell of a row already added. */
  setCell(row: number, column: number, cell: CellSpec | null): void {
    const target = this.rows[row];
    if (!target) return;
    this.rows[row] = { ...target, cells: target.cells.map((c, i) => (i === column ? cell : c)) };
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
    const lines = this.wrappedLines(text, first, count, fontSizePt, bold);
    return { text: lines.join("\n"), lines: lines.length };
  }

  /** Phrases joined and broken into lines only between them (headings broken where a reader pauses). */
  wrappedPhrases(
    phrases: readonly string[],
    first: number,
    count: number,
    fontSizePt: number,
    bold = false,
  ): WrappedText {
    const printed = phrases.map((phrase) => digitsFor(phrase, this.thaiDigits));
    const lines = wrapText(printed.join(""), fitWidth(this.spanWidth(first, count)), fontSizePt, bold, [
      ...this.keep,
      ...printed,
    ]);
    return { text: lines.join("\n"), lines: lines.length };
  }

  /** The lines of wrapped(): the text broken to fit the span, as it will print. */
  wrappedLines(text: string, first: number, count: number, fontSizePt: number, bold = false): string[] {
    if (text === "") return [text];
    return wrapText(
      digitsFor(text, this.thaiDigits),
      fitWidth(this.spanWidth(first, count)),
      fontSizePt,
      bold,
      this.keep,
    );
  }
}
