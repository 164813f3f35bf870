import type { Plan } from "../model/plan";
import { wrapText } from "../text/wrapText";
import { finishSheet } from "./_lib/finishSheet";
import { officialStyles, TITLE_PT, type OfficialStyleKey } from "./_lib/officialStyles";
import { fitWidth, rowHeightForLines, SheetBuilder } from "./_lib/SheetBuilder";
import { CONSOLIDATED_EDITION, type ResolvedLayoutOptions } from "./LayoutOptions";
import { noticeText } from "./noticeText";
import { sheetNameFor } from "./sheetNameFor";
import type { SheetSpec } from "./SheetSpec";

/** Column 0 is the 2.5 cm first-line indent of Thai official letters; the rest share the text width. */
const WIDTHS = [71, 64, 64, 64, 64, 63, 63];
const COLUMNS = WIDTHS.length;
/** The signature block sits centred over the right part of the page. */
const SIGNATURE_FIRST = 3;
/** Room for the Garuda emblem, pasted by hand above the heading. */
const GARUDA_PT = 80;

/**
 * The ประกาศ on A4 portrait. Paragraphs are split into lines here (one merged row per line,
 * no wrapping), so Excel and LibreOffice print the same lines whatever their fonts.
 */
export function layoutNotice(plan: Plan, options: ResolvedLayoutOptions): SheetSpec {
  const text = noticeText(plan, options.edition);
  const b = new SheetBuilder(WIDTHS);
  const lineHeight = rowHeightForLines(1, TITLE_PT);
  const line = (value: string | null, style: OfficialStyleKey, first = 0): void => {
    const row = b.addRow(lineHeight, [
      ...Array.from({ length: first }, () => null),
      value === null ? null : { value, style },
    ]);
    b.merge(row, first, 1, COLUMNS - first);
  };
  b.addRow(GARUDA_PT, []);
  const full = fitWidth(b.spanWidth(0, COLUMNS));
  for (const heading of [text.heading, text.subject]) {
    for (const part of wrapText(heading, full, TITLE_PT)) line(part, "noticeHeading");
  }
  line("-------------------------------------", "noticeCenter");
  for (const paragraph of text.paragraphs) {
    // First line starts after the indent column; the rest of the paragraph uses the full width.
    const [first = "", ...rest] = wrapText(paragraph, fitWidth(b.spanWidth(1, COLUMNS - 1)), TITLE_PT);
    line(first, "noticeText", 1);
    const remainder = paragraph.slice(paragraph.indexOf(first) + first.length).trimStart();
    if (rest.length > 0) for (const part of wrapText(remainder, full, TITLE_PT)) line(part, "noticeText");
  }
  line(null, "noticeText");
  line(text.dateLine, "noticeCenter", 1);
  line(null, "noticeText");
  line(null, "noticeText");
  for (const part of text.signature) line(part, "noticeCenter", SIGNATURE_FIRST);
  return finishSheet(b, {
    name: sheetNameFor("notice", options.edition),
    owner: { kind: "notice", edition: options.edition ?? CONSOLIDATED_EDITION },
    styles: officialStyles(options.font, options.thaiDigits),
    orientation: "portrait",
    pageNumbers: false,
    headingRows: new Set(),
    thaiDigits: options.thaiDigits,
  });
}
