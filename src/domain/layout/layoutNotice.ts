import type { Plan } from "../model/plan";
import { estimateTextWidth } from "../text/estimateTextWidth";
import { digitsFor } from "../text/thaiDigits";
import { wrapText } from "../text/wrapText";
import { finishSheet, PORTRAIT_MARGINS } from "./_lib/finishSheet";
import { officialStyles, TITLE_PT, type OfficialStyleKey } from "./_lib/officialStyles";
import { properNames } from "./_lib/properNames";
import { spacedPhrases } from "./_lib/spacedPhrases";
import { cutLongLine, fitWidth, rowHeightForLines, SheetBuilder } from "./_lib/SheetBuilder";
import { A4_PT, PAGE_FILL } from "./computePageBreaks";
import { CONSOLIDATED_EDITION, type ResolvedLayoutOptions } from "./LayoutOptions";
import { noticeText, type NoticeText } from "./noticeText";
import { sheetNameFor } from "./sheetNameFor";
import type { OwnerMark, SheetSpec } from "./SheetSpec";

/**
 * Column 0 is the 2.5 cm first-line indent of Thai official letters; the rest share the 453 pt text
 * width. The margins are 3 cm left and 2 cm right, so the text area's centre is 0.5 cm right of the
 * page's: the first seven columns (425 pt) are centred on the page, and headings span them.
 */
const WIDTHS = [71, 64, 64, 64, 64, 63, 35, 28];
const COLUMNS = WIDTHS.length;
const PAGE_CENTRED_COLUMNS = 7;
/** The signature block is centred over columns 2 onwards: right of the page's centre. */
const SIGNATURE_FIRST = 2;
/** Room for the Garuda emblem, pasted by hand above the heading; less (down to the minimum) when a long notice needs it. */
const GARUDA_PT = 80;
const MIN_GARUDA_PT = 40;
/** A4 portrait height less the top and bottom margins, as much of it as the page breaks fill: one page. */
const PRINTABLE_HEIGHT_PT =
  (A4_PT.height - (PORTRAIT_MARGINS.top + PORTRAIT_MARGINS.bottom) * 72) * PAGE_FILL;

interface NoticeLine {
  readonly value: string | null;
  readonly style: OfficialStyleKey;
  readonly first: number;
  readonly last: number;
}

/**
 * A centred heading or signature line broken only at its spaces (never inside a phrase such as
 * ประจำปีงบประมาณ), with "พ.ศ." kept with its year; null when some phrase alone is too wide.
 */
function linesAtSpaces(text: string, widthPt: number, fontSizePt: number, bold: boolean): string[] | null {
  const lines: string[] = [];
  let line = "";
  for (const phrase of spacedPhrases(text)) {
    const candidate = line === "" ? phrase : `${line} ${phrase}`;
    if (estimateTextWidth(candidate, fontSizePt, bold) <= widthPt) line = candidate;
    else if (estimateTextWidth(phrase, fontSizePt, bold) > widthPt) return null;
    else {
      lines.push(line);
      line = phrase;
    }
  }
  return [...lines, line];
}

/**
 * Lines of a centred text, as even as possible: the narrowest width that needs no more lines, so
 * a two-line title splits near its middle instead of leaving a word or two on the second line.
 */
function balancedLines(
  text: string,
  widthPt: number,
  fontSizePt: number,
  bold: boolean,
  keep: readonly string[],
): string[] {
  const split = (width: number): string[] =>
    linesAtSpaces(text, width, fontSizePt, bold) ?? wrapText(text, width, fontSizePt, bold, keep);
  const lines = split(widthPt);
  if (lines.length < 2) return lines;
  let low = widthPt / lines.length;
  let high = widthPt;
  while (high - low > 1) {
    const mid = (low + high) / 2;
    if (split(mid).length > lines.length) low = mid;
    else high = mid;
  }
  return split(high);
}

/**
 * The ประกาศ on A4 portrait. Paragraphs are split into lines here (one merged row per line,
 * no wrapping), so Excel and LibreOffice print the same lines whatever their fonts; lines are
 * measured with the digits that will print (Thai digits are wider).
 */
export function layoutNotice(plan: Plan, options: ResolvedLayoutOptions): SheetSpec {
  return layoutNoticeOf(noticeText(plan, options.edition), plan, options, {
    name: sheetNameFor("notice", options.edition),
    owner: { kind: "notice", edition: options.edition ?? CONSOLIDATED_EDITION },
  });
}

/** A notice's words laid out as layoutNotice lays out the plan's: for other notices (the follow-up results). */
export function layoutNoticeOf(
  text: NoticeText,
  plan: Plan,
  options: ResolvedLayoutOptions,
  sheet: { readonly name: string; readonly owner: OwnerMark; readonly keep?: readonly string[] },
): SheetSpec {
  const printed = (value: string): string => digitsFor(value, options.thaiDigits);
  const keep = [...properNames(plan), ...(sheet.keep ?? [])].map(printed);
  const b = new SheetBuilder(WIDTHS);
  const lineHeight = rowHeightForLines(1, TITLE_PT);
  // Lines are collected first: the room left above them for the emblem depends on how many there are.
  const lines: NoticeLine[] = [];
  // A line is one row; one longer than a cell may hold (marks with no width never wrap) takes more.
  const line = (value: string | null, style: OfficialStyleKey, first = 0, last = COLUMNS - 1): void => {
    for (const piece of value === null ? [null] : cutLongLine(value))
      lines.push({ value: piece, style, first, last });
  };
  const full = fitWidth(b.spanWidth(0, COLUMNS));
  const centred = fitWidth(b.spanWidth(0, PAGE_CENTRED_COLUMNS));
  for (const heading of [text.heading, text.subject]) {
    for (const part of balancedLines(printed(heading), centred, TITLE_PT, true, keep)) {
      line(part, "noticeHeading", 0, PAGE_CENTRED_COLUMNS - 1);
    }
  }
  line("-------------------------------------", "noticeCenter", 0, PAGE_CENTRED_COLUMNS - 1);
  for (const paragraph of text.paragraphs.map(printed)) {
    // First line starts after the indent column; the rest of the paragraph uses the full width.
    const [first = "", ...rest] = wrapText(
      paragraph,
      fitWidth(b.spanWidth(1, COLUMNS - 1)),
      TITLE_PT,
      false,
      keep,
    );
    line(first, "noticeText", 1);
    const remainder = paragraph.slice(paragraph.indexOf(first) + first.length).trimStart();
    if (rest.length > 0) {
      for (const part of wrapText(remainder, full, TITLE_PT, false, keep)) line(part, "noticeText");
    }
  }
  line(null, "noticeText");
  line(printed(text.dateLine), "noticeCenter", 1);
  const signature: NoticeLine[] = [];
  // A long position title wraps within the block rather than running off the page.
  const signatureWidth = fitWidth(b.spanWidth(SIGNATURE_FIRST, COLUMNS - SIGNATURE_FIRST));
  for (const part of text.signature) {
    for (const piece of balancedLines(printed(part), signatureWidth, TITLE_PT, false, keep)) {
      signature.push({ value: piece, style: "noticeCenter", first: SIGNATURE_FIRST, last: COLUMNS - 1 });
    }
  }
  // One page: a blank line before the signature goes before the emblem's room shrinks.
  const room = (blanks: number): number =>
    PRINTABLE_HEIGHT_PT - (lines.length + blanks + signature.length) * lineHeight;
  const blanks = room(2) >= GARUDA_PT ? 2 : 1;
  const garuda = Math.max(MIN_GARUDA_PT, Math.min(GARUDA_PT, Math.floor(room(blanks))));
  for (let i = 0; i < blanks; i += 1) line(null, "noticeText");
  lines.push(...signature);
  b.addRow(garuda, []);
  for (const { value, style, first, last } of lines) {
    const row = b.addRow(lineHeight, [
      ...Array.from({ length: first }, () => null),
      value === null ? null : { value, style },
    ]);
    b.merge(row, first, 1, last - first + 1);
  }
  return finishSheet(b, {
    name: sheet.name,
    owner: sheet.owner,
    font: options.font,
    styles: officialStyles(options.font, options.thaiDigits),
    orientation: "portrait",
    pageNumbers: false,
    headingRows: new Set(),
    thaiDigits: options.thaiDigits,
  });
}
