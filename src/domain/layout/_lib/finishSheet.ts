import { estimateTextWidth } from "../../text/estimateTextWidth";
import { digitsFor } from "../../text/thaiDigits";
import { computePageBreaks, type KeptRows } from "../computePageBreaks";
import type { CellStyle, OwnerMark, PrintSpec, RowSpec, SheetSpec } from "../SheetSpec";
import type { BlockPart, SheetBuilder } from "./SheetBuilder";
import { fitWidth, rowHeightForLines } from "./SheetBuilder";
import { BODY_PT, TITLE_PT } from "./officialStyles";
import type { OfficialStyleKey } from "./officialStyles";

export const LANDSCAPE_MARGINS = {
  top: 0.6,
  bottom: 0.6,
  left: 0.4,
  right: 0.4,
  header: 0.3,
  footer: 0.3,
} as const;
/** Landscape with less paper above and below: the one-page ผด.01 (the header and footer keep their room). */
export const COMPACT_LANDSCAPE_MARGINS = {
  ...LANDSCAPE_MARGINS,
  top: 0.4,
  bottom: 0.4,
  header: 0.2,
  footer: 0.2,
};
/** Thai official letters: 3 cm left, 2 cm right (สารบรรณ practice). */
export const PORTRAIT_MARGINS = {
  top: 0.8,
  bottom: 0.6,
  left: 1.18,
  right: 0.79,
  header: 0.3,
  footer: 0.3,
} as const;

/** Row 0: the form code in the sheet's top-right cell(s), merged leftwards until it fits (never clipped). */
export function addFormCodeRow(builder: SheetBuilder, formCode: string, titlePt = TITLE_PT): void {
  const widths = builder.columnWidthsPt;
  const needed = estimateTextWidth(digitsFor(formCode, builder.thaiDigits), titlePt, true);
  let first = widths.length - 1;
  while (first > 0 && fitWidth(builder.spanWidth(first, widths.length - first)) < needed) first -= 1;
  const row = builder.addRow(
    rowHeightForLines(1, titlePt),
    widths.map((_, i) => (i === first ? { value: formCode, style: "formCode" } : null)),
  );
  builder.merge(row, first, 1, widths.length - first);
}

/** Title lines centred across the full width, one row each (a very long one continues on more). */
export function addTitleRows(builder: SheetBuilder, lines: readonly string[], titlePt = TITLE_PT): void {
  const span = builder.columnWidthsPt.length;
  for (const line of lines) builder.addBlock([{ wrap: line, style: "title", span, bold: true }], titlePt);
}

/**
 * A style for one part of a block of rows (SheetBuilder.addBlock): no border between the block's
 * rows, so a project whose text continues on further rows reads as one row.
 */
function continuedStyle(style: CellStyle, part: BlockPart): CellStyle {
  if (!style.border) return style;
  const { top, bottom, ...sides } = style.border;
  const border = {
    ...sides,
    ...(part === "first" && top ? { top } : {}),
    ...(part === "last" && bottom ? { bottom } : {}),
  };
  return { ...style, border };
}

/** The style a block row takes when a page ends after it (`end`) or starts with it (`start`). */
const CLOSED: Readonly<Record<"end" | "start", Readonly<Record<string, string>>>> = {
  end: { first: "", inner: ":last", last: ":last" },
  start: { first: ":first", inner: ":first", last: "" },
};

/**
 * The rows with each block that a page break splits closed at the break: the row before it gets its
 * bottom border, the row after it its top one, so each page's part reads as one boxed row.
 */
function closedAtPageBreaks(rows: readonly RowSpec[], breaks: readonly number[]): readonly RowSpec[] {
  if (breaks.length === 0) return rows;
  const out = [...rows];
  const close = (index: number, side: "end" | "start"): void => {
    const row = out[index];
    if (!row) return;
    out[index] = {
      ...row,
      cells: row.cells.map((cell) => {
        const match = /^(.*):(first|inner|last)$/u.exec(cell?.style ?? "");
        if (!cell || !match?.[1] || !match[2]) return cell;
        return { ...cell, style: `${match[1]}${CLOSED[side][match[2]] ?? ""}` };
      }),
    };
  };
  for (const start of breaks) {
    close(start - 2, "end");
    close(start - 1, "start");
  }
  return out;
}

/** The sheet's styles: the official ones and the block-part variants its rows use. */
function sheetStyles(
  rows: readonly RowSpec[],
  styles: Readonly<Record<string, CellStyle>>,
): Readonly<Record<string, CellStyle>> {
  const used = new Set<string>();
  for (const row of rows) for (const cell of row.cells) if (cell?.style?.includes(":")) used.add(cell.style);
  if (used.size === 0) return styles;
  const parts = [...used].flatMap((key) => {
    const [base = "", part] = key.split(":");
    const style = styles[base];
    return style && (part === "first" || part === "inner" || part === "last")
      ? [[key, continuedStyle(style, part)] as const]
      : [];
  });
  return { ...styles, ...Object.fromEntries(parts) };
}

export interface FinishOptions {
  readonly name: string;
  readonly owner: OwnerMark;
  /** The official font, also for the header and footer. */
  readonly font: string;
  readonly styles: Readonly<Record<string, CellStyle>> &
    Readonly<Partial<Record<OfficialStyleKey, CellStyle>>>;
  readonly orientation: "landscape" | "portrait";
  readonly formCode?: string;
  /** Page numbers in the footer (tables yes; a one-page notice no). */
  readonly pageNumbers: boolean;
  /** 0-based inclusive header rows repeated on each page. */
  readonly headerRows?: { readonly first: number; readonly last: number };
  readonly headingRows: ReadonlySet<number>;
  /** Row ranges kept on one page when short (computePageBreaks). */
  readonly keepTogether?: readonly KeptRows[];
  /** Convert every printed text to Thai digits (numbers get a Thai-digit format instead). */
  readonly thaiDigits: boolean;
  /**
   * The form code prints in the page header on page 1 too (no form code row: a table that fits one
   * page only so); default false, the first row shows it.
   */
  readonly formCodeInHeader?: boolean;
  /** Margins other than the orientation's standard ones (a one-page ผด.01 uses a little more paper). */
  readonly margins?: PrintSpec["margins"];
}

/** Adds the print setup (with computed page breaks) to the built rows. */
export function finishSheet(builder: SheetBuilder, options: FinishOptions): SheetSpec {
  const margins =
    options.margins ?? (options.orientation === "landscape" ? LANDSCAPE_MARGINS : PORTRAIT_MARGINS);
  const header = options.headerRows;
  const pageBreaksBefore = computePageBreaks({
    orientation: options.orientation,
    margins,
    columnWidthsPt: builder.columnWidthsPt,
    rowHeightsPt: builder.rows.map((r) => r.heightPt),
    ...(header ? { titleRows: header } : {}),
    headingRows: options.headingRows,
    ...(options.keepTogether ? { keepTogether: options.keepTogether } : {}),
  });
  const print: PrintSpec = {
    paper: "A4",
    orientation: options.orientation,
    fitToWidth: true,
    ...(header ? { titleRows: { first: header.first + 1, last: header.last + 1 } } : {}),
    margins,
    centerHorizontally: true,
    ...(options.formCode ? { headerRight: digitsFor(options.formCode, options.thaiDigits) } : {}),
    // Page n of this form only: with numbering restarted per sheet, &N would count every sheet printed.
    ...(options.pageNumbers ? { footerCenter: "หน้า &P" } : {}),
    headerFooterFont: { name: options.font, sizePt: BODY_PT },
    // The form code row (addFormCodeRow) shows the code on page 1; the header repeats it on the rest.
    ...(options.formCode && !options.formCodeInHeader ? { headerOnFirstPage: false } : {}),
    firstPageNumber: 1,
    ...(options.thaiDigits ? { thaiDigitPageNumbers: true } : {}),
    pageBreaksBefore,
  };
  const rows = closedAtPageBreaks(
    options.thaiDigits
      ? builder.rows.map((row) => ({
          ...row,
          cells: row.cells.map((cell) =>
            cell && typeof cell.value === "string" ? { ...cell, value: digitsFor(cell.value, true) } : cell,
          ),
        }))
      : builder.rows,
    pageBreaksBefore,
  );
  return {
    name: options.name,
    owner: options.owner,
    columns: builder.columnWidthsPt.map((widthPt) => ({ widthPt })),
    rows,
    merges: builder.merges,
    styles: sheetStyles(rows, options.styles),
    print,
    frozenRows: header ? header.last + 1 : 0,
  };
}
