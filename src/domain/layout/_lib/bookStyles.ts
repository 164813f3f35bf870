import type { BorderStyle, CellStyle } from "../SheetSpec";
import { TITLE_PT } from "./officialStyles";

/** The cover's first line (แผนการดำเนินงาน) and its other lines, as plan books set them. */
export const COVER_TITLE_PT = 28;
export const COVER_LINE_PT = 20;

const thin: BorderStyle = "thin";
/** The flow chart's arrows: heavier than the boxes, as drawn arrows are. */
const ARROW: BorderStyle = "medium";

export type BookStyleKey =
  | "coverTitle"
  | "coverLine"
  | "bookTitle"
  | "bookHeading"
  | "prose"
  | "proseJustified"
  | "proseCenter"
  | "contentsPart"
  | "contentsEntry"
  | "contentsHeader"
  | "contentsPage"
  | "flowBox"
  | "flowShaft"
  | "flowHeadLeft"
  | "flowHeadRight";

/** Styles of the book's own pages (cover, คำนำ, สารบัญ, บทนำ, divider): 16 pt like an official letter. */
export function bookStyles(fontName: string): Record<BookStyleKey, CellStyle> {
  const text = { name: fontName, sizePt: TITLE_PT };
  const bold = { ...text, bold: true };
  return {
    coverTitle: {
      font: { name: fontName, sizePt: COVER_TITLE_PT, bold: true },
      horizontal: "center",
      vertical: "middle",
    },
    coverLine: {
      font: { name: fontName, sizePt: COVER_LINE_PT, bold: true },
      horizontal: "center",
      vertical: "middle",
    },
    bookTitle: { font: bold, horizontal: "center", vertical: "top" },
    bookHeading: { font: bold, horizontal: "left", vertical: "top" },
    prose: { font: text, horizontal: "left", vertical: "top" },
    proseJustified: { font: text, horizontal: "left", distributed: true, vertical: "top" },
    proseCenter: { font: text, horizontal: "center", vertical: "top" },
    contentsPart: { font: bold, horizontal: "left", vertical: "bottom", wrap: true },
    contentsEntry: { font: text, horizontal: "left", vertical: "bottom", wrap: true },
    contentsHeader: { font: bold, horizontal: "right", vertical: "bottom" },
    contentsPage: { font: text, horizontal: "right", vertical: "bottom" },
    flowBox: {
      font: text,
      horizontal: "center",
      vertical: "middle",
      wrap: true,
      border: { top: thin, bottom: thin, left: thin, right: thin },
    },
    // The shaft is the border between the two narrow middle columns, the head a V of diagonals.
    flowShaft: { font: text, border: { right: ARROW } },
    flowHeadLeft: { font: text, border: { diagonalDown: ARROW } },
    flowHeadRight: { font: text, border: { diagonalUp: ARROW } },
  };
}
