import type { BorderStyle, CellStyle } from "../SheetSpec";

/** Excel locale prefix that switches a number format to Thai digits (LibreOffice renders it too). */
export const THAI_DIGITS_FORMAT_PREFIX = "[$-D00041E]";

export const TITLE_PT = 16;
export const BODY_PT = 14;
/** Month abbreviations are set smaller so "มี.ค." fits a narrow schedule column. */
export const MONTH_HEADER_PT = 11;
export const BAR_FILL = "#808080";

/**
 * Number formats. Each ends in `_)`, room the width of ")" at the cell's right edge, so a right-aligned
 * number never touches the text of the next column; money shows "-" for zero, and two decimals
 * (satang) where a table has any amount with satang.
 */
export const NUMBER_FORMATS = {
  count: "#,##0_)",
  baht: '#,##0_);-#,##0_);"-"_)',
  bahtSatang: '#,##0.00_);-#,##0.00_);"-"_)',
  percent: "0.00_)",
} as const;

/** Font sizes of a sheet's body text and titles. */
export interface SheetSizes {
  readonly body: number;
  readonly title: number;
}
export const STANDARD_SIZES: SheetSizes = { body: BODY_PT, title: TITLE_PT };

const thin: BorderStyle = "thin";
/** The schedule's arrow lines and heads: heavier than the grid, as drawn arrows are. */
const ARROW: BorderStyle = "medium";
const box = { top: thin, bottom: thin, left: thin, right: thin } as const;

/** The style keys every official sheet uses; adapters read them from `SheetSpec.styles`. */
export type OfficialStyleKey =
  | "formCode"
  | "title"
  | "header"
  | "text"
  | "textCenter"
  | "count"
  | "baht"
  | "bahtSatang"
  | "percent"
  | "strategyHeading"
  | "workPlanHeading"
  | "totalLabel"
  | "totalCount"
  | "totalBaht"
  | "totalBahtSatang"
  | "totalPercent"
  | "seq"
  | "month"
  | "monthHeader"
  | "yearHeader"
  | "barSingle"
  | "barStart"
  | "barMid"
  | "barEnd"
  | "schedUpper"
  | "arrowLine"
  | "arrowLineStart"
  | "arrowLineEnd"
  | "sched"
  | "schedStart"
  | "schedEnd"
  | "noticeHeading"
  | "noticeText"
  | "noticeJustified"
  | "noticeCenter";

/** Styles for one font and digit choice; numbers stay numeric, digits come from the format. */
export function officialStyles(
  fontName: string,
  thaiDigits: boolean,
  sizes: SheetSizes = STANDARD_SIZES,
): Record<OfficialStyleKey, CellStyle> {
  const fmt = (base: string): string => (thaiDigits ? `${THAI_DIGITS_FORMAT_PREFIX}${base}` : base);
  const body = { name: fontName, sizePt: sizes.body };
  const titleFont = { name: fontName, sizePt: sizes.title, bold: true };
  const bold = { ...body, bold: true };
  const cell = { font: body, border: box, vertical: "top", wrap: true } as const;
  const bar = (left: boolean, right: boolean): CellStyle => ({
    font: body,
    fill: BAR_FILL,
    border: { top: thin, bottom: thin, ...(left ? { left: thin } : {}), ...(right ? { right: thin } : {}) },
  });
  return {
    formCode: {
      font: titleFont,
      horizontal: "right",
      vertical: "middle",
    },
    title: {
      font: titleFont,
      horizontal: "center",
      vertical: "middle",
    },
    header: { font: bold, border: box, horizontal: "center", vertical: "middle", wrap: true },
    text: cell,
    textCenter: { ...cell, horizontal: "center" },
    count: { ...cell, horizontal: "right", numberFormat: fmt(NUMBER_FORMATS.count) },
    baht: { ...cell, horizontal: "right", numberFormat: fmt(NUMBER_FORMATS.baht) },
    bahtSatang: { ...cell, horizontal: "right", numberFormat: fmt(NUMBER_FORMATS.bahtSatang) },
    percent: { ...cell, horizontal: "right", numberFormat: fmt(NUMBER_FORMATS.percent) },
    strategyHeading: { font: bold, border: box, vertical: "middle", wrap: true },
    workPlanHeading: { font: bold, border: box, vertical: "middle", wrap: true, indent: 1 },
    totalLabel: { font: bold, border: box, horizontal: "center", vertical: "middle" },
    totalCount: {
      font: bold,
      border: box,
      horizontal: "right",
      vertical: "middle",
      numberFormat: fmt(NUMBER_FORMATS.count),
    },
    totalBaht: {
      font: bold,
      border: box,
      horizontal: "right",
      vertical: "middle",
      numberFormat: fmt(NUMBER_FORMATS.baht),
    },
    totalBahtSatang: {
      font: bold,
      border: box,
      horizontal: "right",
      vertical: "middle",
      numberFormat: fmt(NUMBER_FORMATS.bahtSatang),
    },
    totalPercent: {
      font: bold,
      border: box,
      horizontal: "right",
      vertical: "middle",
      numberFormat: fmt(NUMBER_FORMATS.percent),
    },
    seq: { ...cell, horizontal: "center", numberFormat: fmt("0") },
    month: { font: body, border: box },
    monthHeader: {
      font: { ...bold, sizePt: MONTH_HEADER_PT },
      border: box,
      horizontal: "center",
      vertical: "middle",
    },
    yearHeader: { font: bold, border: box, horizontal: "center", vertical: "middle" },
    barSingle: bar(true, true),
    barStart: bar(true, false),
    barMid: bar(false, false),
    barEnd: bar(false, true),
    // The arrow line (ScheduleMark "arrow"): each item's first line is two half rows; the line is the
    // upper half's bottom border across the months it runs, its heads diagonals over both halves.
    schedUpper: { font: body, border: { top: thin, left: thin, right: thin } },
    arrowLine: { font: body, border: { top: thin, left: thin, right: thin, bottom: ARROW } },
    arrowLineStart: {
      font: body,
      border: { top: thin, left: thin, right: thin, bottom: ARROW, diagonalUp: ARROW },
    },
    arrowLineEnd: {
      font: body,
      border: { top: thin, left: thin, right: thin, bottom: ARROW, diagonalDown: ARROW },
    },
    sched: { font: body, border: { left: thin, right: thin, bottom: thin } },
    schedStart: { font: body, border: { left: thin, right: thin, bottom: thin, diagonalDown: ARROW } },
    schedEnd: { font: body, border: { left: thin, right: thin, bottom: thin, diagonalUp: ARROW } },
    noticeHeading: {
      font: { name: fontName, sizePt: TITLE_PT, bold: true },
      horizontal: "center",
      vertical: "top",
    },
    noticeText: { font: { name: fontName, sizePt: TITLE_PT }, horizontal: "left", vertical: "top" },
    noticeJustified: {
      font: { name: fontName, sizePt: TITLE_PT },
      horizontal: "left",
      distributed: true,
      vertical: "top",
    },
    noticeCenter: { font: { name: fontName, sizePt: TITLE_PT }, horizontal: "center", vertical: "top" },
  };
}
