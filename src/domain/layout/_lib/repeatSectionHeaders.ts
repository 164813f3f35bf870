import { computePageBreaks, type PageBreakInput } from "../computePageBreaks";
import type { MergeSpec } from "../SheetSpec";
import { SheetBuilder } from "./SheetBuilder";

/**
 * What a row is in a sheet of several tables, each with its own header (the follow-up report):
 * the header rows of a section, a heading (which must not end a page), or a body row. Rows before
 * the first section (the title) have no section.
 */
export interface RowTag {
  readonly section: number | null;
  readonly role: "header" | "heading" | "body";
}

export interface RepeatedHeaders {
  /** The rows, with header copies where a page continues a section. */
  readonly builder: SheetBuilder;
  /** 0-based rows that must not end a page: headings and every header row (copies too). */
  readonly headingRows: ReadonlySet<number>;
}

/**
 * The sheet's rows with each section's header rows repeated at the top of every page that continues
 * the section. Excel repeats one block of rows on every page (print titles), which is wrong where the
 * tables differ; so the copies are written in, where the page breaks fall. Breaks are found as
 * finishSheet finds them (computePageBreaks over the same rows and headings), so they stay put.
 */
export function repeatSectionHeaders(
  source: SheetBuilder,
  tags: readonly RowTag[],
  page: Pick<PageBreakInput, "orientation" | "margins">,
): RepeatedHeaders {
  const headerOf = new Map<number, number[]>();
  tags.forEach((tag, row) => {
    if (tag.role === "header" && tag.section !== null)
      headerOf.set(tag.section, [...(headerOf.get(tag.section) ?? []), row]);
  });
  // The rows in print order, as indexes into `source` (a header copy repeats its rows' indexes).
  const order: { readonly row: number; readonly copy: boolean }[] = source.rows.map((_, row) => ({
    row,
    copy: false,
  }));
  const isHeading = (row: number): boolean => tags[row]?.role !== "body";
  for (let guard = 0; guard <= source.rows.length; guard++) {
    const breaks = computePageBreaks({
      ...page,
      columnWidthsPt: source.columnWidthsPt,
      rowHeightsPt: order.map(({ row }) => source.rows[row]?.heightPt ?? 0),
      headingRows: new Set(order.flatMap(({ row }, i) => (isHeading(row) ? [i] : []))),
    });
    const at = breaks
      .map((start) => start - 1)
      .find((i) => {
        const tag = tags[order[i]?.row ?? -1];
        return (
          tag !== undefined && tag.section !== null && tag.role !== "header" && headerOf.has(tag.section)
        );
      });
    if (at === undefined) return assemble(source, order, tags, isHeading);
    const section = tags[order[at]?.row ?? -1]?.section ?? null;
    const header = section === null ? [] : (headerOf.get(section) ?? []);
    order.splice(at, 0, ...header.map((row) => ({ row, copy: true })));
  }
  throw new Error("repeatSectionHeaders: a section's header and first row do not fit one page");
}

function assemble(
  source: SheetBuilder,
  order: readonly { readonly row: number; readonly copy: boolean }[],
  tags: readonly RowTag[],
  isHeading: (row: number) => boolean,
): RepeatedHeaders {
  const builder = new SheetBuilder(source.columnWidthsPt, source.thaiDigits);
  const mergesFrom = new Map<number, MergeSpec[]>();
  for (const merge of source.merges) mergesFrom.set(merge.row, [...(mergesFrom.get(merge.row) ?? []), merge]);
  const headingRows = new Set<number>();
  order.forEach(({ row }, at) => {
    const spec = source.rows[row];
    if (!spec) return;
    builder.addRow(spec.heightPt, spec.cells);
    for (const merge of mergesFrom.get(row) ?? [])
      builder.merge(at, merge.column, merge.rowCount, merge.columnCount);
    if (isHeading(row) || tags[row]?.role === "header") headingRows.add(at);
  });
  return { builder, headingRows };
}
