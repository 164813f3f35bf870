import type { Plan } from "../../model/plan";
import type { CellSpec } from "../SheetSpec";
import { addTitleRows } from "./finishSheet";
import { BODY_PT } from "./officialStyles";
import { properNames } from "./properNames";
import { REPORT_KEEP_WORDS } from "./reportKeepWords";
import type { RowTag } from "./repeatSectionHeaders";
import type { ReportStyleKey } from "./reportStyles";
import { rowHeightForLines, SheetBuilder, type WrapCell } from "./SheetBuilder";

export type Style = ReportStyleKey;
export const cell = (value: string | number | null, style: Style): CellSpec => ({ value, style });

/** The cells of `span` columns from one: the value in the first, the style in all (merged, so borders show). */
export const spanned = (value: string | number | null, style: Style, span: number): CellSpec[] => [
  cell(value, style),
  ...Array.from({ length: span - 1 }, () => cell(null, style)),
];

/** Builds the sheet's rows, each tagged with its section and role for the repeated headers. */
export class ReportRows {
  readonly b: SheetBuilder;
  readonly tags: RowTag[] = [];
  private section = -1;

  /** How many columns the sheet's grid has: section titles span them all. */
  readonly columns: number;

  constructor(plan: Plan, widths: readonly number[], thaiDigits: boolean) {
    this.b = new SheetBuilder(widths, thaiDigits, [...properNames(plan), ...REPORT_KEEP_WORDS]);
    this.columns = widths.length;
  }

  private tag(rows: readonly number[], tag: RowTag): void {
    for (const row of rows) this.tags[row] = tag;
  }

  prelude(lines: readonly string[]): void {
    const before = this.b.rowCount;
    addTitleRows(this.b, lines);
    const added = Array.from({ length: this.b.rowCount - before }, (_, i) => before + i);
    this.tag(added, { section: null, role: "body" });
  }

  /** A section: its title (kept with what follows, never repeated) and its header rows. */
  startSection(title: string, header: () => void): void {
    this.section += 1;
    const spacer = this.b.addRow(rowHeightForLines(1, BODY_PT) / 2, []);
    this.tag([spacer], { section: null, role: "heading" });
    const rows = this.b.addBlock(
      [{ wrap: title, style: "sectionTitle", span: this.columns, bold: true }],
      BODY_PT,
    );
    this.tag(rows, { section: null, role: "heading" });
    const before = this.b.rowCount;
    header();
    const added = Array.from({ length: this.b.rowCount - before }, (_, i) => before + i);
    this.tag(added, { section: this.section, role: "header" });
    this.bodyStarted = false;
  }

  /**
   * A body row. A heading cannot end a page: so is a section's first row (a header never stands
   * alone at the foot of a page) and, by `closing`, the row before a total (which never stands alone
   * at the top of one).
   */
  body(cells: readonly (CellSpec | WrapCell | null)[], heading = false, closing = false): void {
    const first = !this.bodyStarted;
    this.bodyStarted = true;
    if (closing) this.tag([this.b.rowCount - 1], { section: this.section, role: "heading" });
    const rows = this.b.addBlock(cells, BODY_PT);
    this.tag(rows, { section: this.section, role: heading || first ? "heading" : "body" });
  }

  private bodyStarted = false;
}

/** A one-row header of column spans: [text, span] pairs covering the grid. */
export function spanHeader(rows: ReportRows, spans: readonly (readonly [string, number])[]): void {
  const { b } = rows;
  let column = 0;
  const wrapped = spans.map(([text, span]) => {
    const w = b.wrapped(text, column, span, BODY_PT, true);
    column += span;
    return w;
  });
  const row = b.addRow(
    rowHeightForLines(Math.max(...wrapped.map((w) => w.lines)), BODY_PT),
    spans.flatMap(([, span], i) => spanned(wrapped[i]?.text ?? "", "header", span)),
  );
  column = 0;
  for (const [, span] of spans) {
    b.merge(row, column, 1, span);
    column += span;
  }
}

/** One row of a spanned table: each [cell, span] merged over its columns. */
export function spanRow(
  rows: ReportRows,
  spans: readonly (readonly [CellSpec | WrapCell, number])[],
  heading = false,
): void {
  const cells = spans.flatMap(([c, span]) => {
    if ("wrap" in c)
      return [{ ...c, span }, ...Array.from({ length: span - 1 }, () => cell(null, c.style as Style))];
    return spanned(c.value, (c.style ?? "text") as Style, span);
  });
  const before = rows.b.rowCount;
  rows.body(cells, heading);
  // Plain cells of more than one column are merged here; wrapped ones merge themselves.
  for (let row = before; row < rows.b.rowCount; row++) {
    let column = 0;
    for (const [c, span] of spans) {
      if (!("wrap" in c) && span > 1) rows.b.merge(row, column, 1, span);
      column += span;
    }
  }
}
