import type { KeptRows } from "../computePageBreaks";
import { digitsFor } from "../../text/thaiDigits";
import { wrapText } from "../../text/wrapText";
import { finishSheet } from "./finishSheet";
import { type BookStyleKey, bookStyles } from "./bookStyles";
import { officialStyles, TITLE_PT } from "./officialStyles";
import { paragraphLines } from "./proseLines";
import { cutLongLine, fitWidth, rowHeightForLines, SheetBuilder } from "./SheetBuilder";
import type { OwnerMark, SheetSpec } from "../SheetSpec";

/**
 * A4 portrait text area (3 cm left, 2 cm right margins) as columns: the first is the paragraph
 * indent (2.5 cm); the two narrow ones in the middle carry the flow chart's arrows, centred under
 * the boxes that span columns 1–4.
 */
export const PROSE_WIDTHS = [71, 145.5, 10, 10, 145.5, 71] as const;
const COLUMNS = PROSE_WIDTHS.length;
const BOX_FIRST = 1;
const BOX_COLUMNS = 4;
/** The shaft is this column's right border: the boxes' centre line. */
const SHAFT_COLUMN = 2;
const SHAFT_PT = 10;
const HEAD_PT = 8;

/** A list item (`1.`, `3.1`, `(1)`) starts its own line after the indent, like a paragraph. */
const LIST_ITEM = /^(?:\d+(?:\.\d+)*\.?|\(\d+\))\s/u;

/**
 * Builds a page of the book's prose, one printed line per row (explicit breaks, so Excel and
 * LibreOffice print the same lines): titles, headings, justified paragraphs and the flow chart.
 */
export class ProseSheet {
  private readonly b: SheetBuilder;
  private readonly headings = new Set<number>();
  /** Sections (a heading to the next) and paragraphs, kept on one page when short. */
  private readonly groups: KeptRows[] = [];
  private sectionStart: number | null = null;
  private readonly lineHeight = rowHeightForLines(1, TITLE_PT);

  constructor(
    private readonly thaiDigits: boolean,
    private readonly keep: readonly string[],
  ) {
    this.b = new SheetBuilder(PROSE_WIDTHS, thaiDigits, keep);
  }

  private printed(text: string): string {
    return digitsFor(text, this.thaiDigits);
  }

  /** One row holding `text` from column `first` to the last, merged. */
  line(text: string | null, style: BookStyleKey, first = 0, heightPt = this.lineHeight): number {
    let row = -1;
    for (const piece of text === null ? [null] : cutLongLine(text)) {
      row = this.b.addRow(heightPt, [
        ...Array.from({ length: first }, () => null),
        piece === null ? null : { value: piece, style },
      ]);
      this.b.merge(row, first, 1, COLUMNS - first);
    }
    return row;
  }

  blank(heightPt = this.lineHeight): void {
    this.line(null, "prose", 0, heightPt);
  }

  /** A centred bold title, broken between words when too long for the line. */
  title(text: string): void {
    const width = fitWidth(this.b.spanWidth(0, COLUMNS));
    for (const part of wrapText(this.printed(text), width, TITLE_PT, true, this.keep))
      this.line(part, "bookTitle");
  }

  /** A bold heading, kept with the line after it (never left alone at the bottom of a page). */
  heading(text: string): void {
    this.closeSection();
    this.sectionStart = this.b.rowCount;
    const width = fitWidth(this.b.spanWidth(0, COLUMNS));
    for (const part of wrapText(this.printed(text), width, TITLE_PT, true, this.keep))
      this.headings.add(this.line(part, "bookHeading"));
  }

  /** Paragraphs (one per line of `text`): the first line after the indent, justified where it can be. */
  paragraphs(text: string): void {
    for (const paragraph of text.split("\n").filter((p) => p.trim() !== "")) {
      const widths = {
        first: fitWidth(this.b.spanWidth(1, COLUMNS - 1)),
        rest: fitWidth(this.b.spanWidth(0, COLUMNS)),
        firstCell: this.b.spanWidth(1, COLUMNS - 1),
        restCell: this.b.spanWidth(0, COLUMNS),
      };
      // A list item's following lines hang under its text, not back at the margin.
      const item = LIST_ITEM.test(paragraph);
      const lines = item
        ? wrapText(this.printed(paragraph), widths.first, TITLE_PT, false, this.keep).map((t) => ({
            text: t,
            justified: false,
            indented: true,
          }))
        : paragraphLines(this.printed(paragraph), widths, TITLE_PT, this.keep);
      const first = this.b.rowCount;
      for (const { text: part, justified, indented } of lines)
        this.line(part, justified ? "proseJustified" : "prose", indented ? 1 : 0);
      this.groups.push({ first, last: this.b.rowCount - 1 });
    }
  }

  /** The steps as boxes one under the other, joined by downward arrows drawn with borders. */
  flowChart(steps: readonly string[]): void {
    const first = this.b.rowCount;
    steps.forEach((step, i) => {
      if (i > 0) {
        const shaft = this.b.addRow(SHAFT_PT, []);
        this.b.setCell(shaft, SHAFT_COLUMN, { value: null, style: "flowShaft" });
        const head = this.b.addRow(HEAD_PT, []);
        this.b.setCell(head, SHAFT_COLUMN, { value: null, style: "flowHeadLeft" });
        this.b.setCell(head, SHAFT_COLUMN + 1, { value: null, style: "flowHeadRight" });
      }
      const lines = this.b.wrappedLines(step, BOX_FIRST, BOX_COLUMNS, TITLE_PT);
      const row = this.b.addRow(rowHeightForLines(lines.length, TITLE_PT) + 4, [
        null,
        { value: lines.join("\n"), style: "flowBox" },
        ...Array.from({ length: BOX_COLUMNS - 1 }, () => ({ value: null, style: "flowBox" })),
      ]);
      this.b.merge(row, BOX_FIRST, 1, BOX_COLUMNS);
    });
    // A figure prints whole: the chart moves to the next page rather than split between two.
    this.groups.push({ first, last: this.b.rowCount - 1, figure: true });
  }

  /** A line of the สารบัญ: its title (broken between words when long) and its page number at the right. */
  entry(phrases: readonly string[], page: string | null, part: boolean, indent = 0): void {
    const span = COLUMNS - 1 - indent;
    // Broken only between the phrases given (a form's code, its title): never inside an official title.
    const { text, lines } = this.b.wrappedPhrases(phrases, indent, span, TITLE_PT, part);
    const row = this.b.addRow(rowHeightForLines(lines, TITLE_PT), [
      ...Array.from({ length: indent }, () => null),
      { value: text, style: part ? "contentsPart" : "contentsEntry" },
    ]);
    this.b.merge(row, indent, 1, span);
    if (page !== null)
      this.b.setCell(row, COLUMNS - 1, {
        value: this.printed(page),
        style: part ? "contentsHeader" : "contentsPage",
      });
  }

  finish(options: {
    readonly name: string;
    readonly owner: OwnerMark;
    readonly font: string;
    readonly pageNumbers: boolean;
  }): SheetSpec {
    this.closeSection();
    return finishSheet(this.b, {
      name: options.name,
      owner: options.owner,
      font: options.font,
      styles: { ...officialStyles(options.font, this.thaiDigits), ...bookStyles(options.font) },
      orientation: "portrait",
      pageNumbers: options.pageNumbers,
      headingRows: this.headings,
      keepTogether: this.groups,
      thaiDigits: this.thaiDigits,
    });
  }

  private closeSection(): void {
    if (this.sectionStart !== null && this.b.rowCount > this.sectionStart)
      this.groups.push({ first: this.sectionStart, last: this.b.rowCount - 1 });
    this.sectionStart = null;
  }

  get rowCount(): number {
    return this.b.rowCount;
  }

  /** Exposed for pictures: the columns' widths in points. */
  get widths(): readonly number[] {
    return PROSE_WIDTHS;
  }
}
