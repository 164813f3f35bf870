/** A4 in points (portrait width × height). */
export const A4_PT = { width: 595.28, height: 841.89 } as const;
const PT_PER_INCH = 72;
/** Leave a little slack so a renderer with slightly different rounding never breaks earlier than we do. */
export const PAGE_FILL = 0.97;

export interface PageBreakInput {
  readonly orientation: "landscape" | "portrait";
  readonly margins: {
    readonly top: number;
    readonly bottom: number;
    readonly left: number;
    readonly right: number;
  };
  readonly columnWidthsPt: readonly number[];
  readonly rowHeightsPt: readonly number[];
  /** 0-based inclusive rows repeated on every page, if any. */
  readonly titleRows?: { readonly first: number; readonly last: number };
  /** 0-based rows that must not end a page (group headings). */
  readonly headingRows: ReadonlySet<number>;
  /**
   * 0-based inclusive row ranges printed on one page when they are short (at most KEEP_FRACTION of
   * it): a short section of the book, a paragraph; a figure (the flow chart) whenever it fits a page.
   * A break inside one moves to before it.
   */
  readonly keepTogether?: readonly KeptRows[];
}

export interface KeptRows {
  readonly first: number;
  readonly last: number;
  readonly figure?: boolean;
}

/** The longest range kept together, as a share of the page: a longer one may break (a short page else). */
export const KEEP_FRACTION = 0.4;

/** Fit-to-width zoom as Excel applies it: whole percent, never above 100 %. */
export function fitToWidthScale(
  input: Pick<PageBreakInput, "orientation" | "margins" | "columnWidthsPt">,
): number {
  const paperWidth = input.orientation === "landscape" ? A4_PT.height : A4_PT.width;
  const printable = paperWidth - (input.margins.left + input.margins.right) * PT_PER_INCH;
  const total = input.columnWidthsPt.reduce((a, b) => a + b, 0);
  return Math.min(100, Math.floor((printable / total) * 100)) / 100;
}

/**
 * Where printed pages start (1-based rows), estimated from explicit row heights, the repeated
 * title rows and the fit-to-width zoom. A heading that would be the last row of a page moves
 * to the next page together with the rows it heads.
 */
export function computePageBreaks(input: PageBreakInput): number[] {
  const paperHeight = input.orientation === "landscape" ? A4_PT.width : A4_PT.height;
  const scale = fitToWidthScale(input);
  const page = ((paperHeight - (input.margins.top + input.margins.bottom) * PT_PER_INCH) * PAGE_FILL) / scale;
  const title = input.titleRows;
  const repeated = title
    ? input.rowHeightsPt.slice(title.first, title.last + 1).reduce((a, b) => a + b, 0)
    : 0;
  const breaks: number[] = [];
  let used = 0;
  let row = 0;
  while (row < input.rowHeightsPt.length) {
    const height = input.rowHeightsPt[row] ?? 0;
    const pageStart = breaks.length === 0 ? 0 : (breaks[breaks.length - 1] ?? 1) - 1;
    if (used + height > page && row > pageStart) {
      let start = row;
      // A short section or paragraph goes over whole; the outermost one that fits the rule wins.
      const heightOf = (g: KeptRows) =>
        input.rowHeightsPt.slice(g.first, g.last + 1).reduce((a, b) => a + b, 0);
      const kept = (input.keepTogether ?? [])
        .filter((g) => g.first > pageStart && g.first < start && start <= g.last)
        .filter((g) => heightOf(g) <= (g.figure ? page - repeated : page * KEEP_FRACTION))
        .sort((a, b) => a.first - b.first)[0];
      if (kept) start = kept.first;
      // Keep headings with the row they head, unless that would empty the page.
      while (start - 1 > pageStart && input.headingRows.has(start - 1)) start -= 1;
      breaks.push(start + 1);
      used = repeated;
      row = start;
      continue;
    }
    used += height;
    row += 1;
  }
  return breaks;
}
