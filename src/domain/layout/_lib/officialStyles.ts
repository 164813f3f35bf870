import type { BorderStyle, CellStyle } from "../SheetSpec";

/** Excel locale prefix that switches a number format to Thai digits (LibreOffice renders it too). */
export const THAI_DIGITS_FORMAT_PREFIX = "[$-D00041E]";

export const TITLE_PT = 16;
export const BODY_PT = 14;
/** Month abbreviations are set smaller so "มี.ค." fits a narrow schedule column. */
export const MONTH_HEADER_PT = 11;
export const BAR_FILL = "#808080";

const thin: BorderStyle = "thin";
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
  | "percent"
  | "strategyHeading"
  | "workPlanHeading"
  | "totalLabel"
  | "totalCount"
  | "totalBaht"
  | "totalPercent"
  | "seq"
  | "month"
  | "monthHeader"
  | "yearHeader"
  | "barSingle"
  | "barStart"
  | "barMid"
  | "barEnd"
  | "noticeHeading"
  | "noticeText"
  | "noticeCenter";

/** Styles for one font and digit choice; numbers stay numeric, digits come from the format. */
export function officialStyles(fontName: string, thaiDigits: boolean): Record<OfficialStyleKey, CellStyle> {
  const fmt = (base: string): string => (thaiDigits ? `${THAI_DIGITS_FORMAT_PREFIX}${base}` : base);
  const body = { name: fontName, sizePt: BODY_PT };
  const bold = { ...body, bold: true };
  const cell = { font: body, border: box, vertical: "top", wrap: true } as const;
  const bar = (left: boolean, right: boolean): CellStyle => ({
    font: body,
    fill: BAR_FILL,
    border: { top: thin, bottom: thin, ...(left ? { left: thin } : {}), ...(right ? { right: thin } : {}) },
  });
  return {
    formCode: {
      font: { name: fontName, sizePt: TITLE_PT, bold: true },
      horizontal: "right",
      vertical: "middle",
    },
    title: {
      font: { name: fontName, sizePt: TITLE_PT, bold: true },
      horizontal: "center",
      vertical: "middle",
    },
    header: { font: bold, border: box, horizontal: "center", vertical: "middle", wrap: true },
    text: cell,
    textCenter: { ...cell, horizontal: "center" },
    count: { ...cell, horizontal: "right", numberFormat: fmt("#,##0") },
    baht: { ...cell, horizontal: "right", numberFormat: fmt('#,##0;-#,##0;"-"') },
    percent: { ...cell, horizontal: "right", numberFormat: fmt("0.00") },
    strategyHeading: { font: bold, border: box, vertical: "middle", wrap: true },
    workPlanHeading: { font: bold, border: box, vertical: "middle", wrap: true, indent: 1 },
    totalLabel: { font: bold, border: box, horizontal: "center", vertical: "middle" },
    totalCount: {
      font: bold,
      border: box,
      horizontal: "right",
      vertical: "middle",
      numberFormat: fmt("#,##0"),
    },
    totalBaht: {
      font: bold,
      border: box,
      horizontal: "right",
      vertical: "middle",
      numberFormat: fmt('#,##0;-#,##0;"-"'),
    },
    totalPercent: {
      font: bold,
      border: box,
      horizontal: "right",
      vertical: "middle",
      numberFormat: fmt("0.00"),
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
    noticeHeading: {
      font: { name: fontName, sizePt: TITLE_PT, bold: true },
      horizontal: "center",
      vertical: "top",
    },
    noticeText: { font: { name: fontName, sizePt: TITLE_PT }, horizontal: "left", vertical: "top" },
    noticeCenter: { font: { name: fontName, sizePt: TITLE_PT }, horizontal: "center", vertical: "top" },
  };
}
