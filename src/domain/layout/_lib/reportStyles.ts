import type { CellStyle } from "../SheetSpec";
import { BODY_PT, officialStyles, THAI_DIGITS_FORMAT_PREFIX, type OfficialStyleKey } from "./officialStyles";

/** Style keys the follow-up sheets add to the official ones. */
export type ReportStyleKey = OfficialStyleKey | "sectionTitle" | "note";

/**
 * The official styles with what a report needs: zero counts, shares and amounts print as "-" (a row of
 * zeros is hard to read), amounts with two decimals when any has satang, section titles and a note.
 */
export function reportStyles(
  fontName: string,
  thaiDigits: boolean,
  withSatang: boolean,
): Record<ReportStyleKey, CellStyle> {
  const official = officialStyles(fontName, thaiDigits);
  const fmt = (base: string): string => (thaiDigits ? `${THAI_DIGITS_FORMAT_PREFIX}${base}` : base);
  // Each section ends in _) like the official formats: a number never touches the next column's text.
  const amount = withSatang ? '#,##0.00_);-#,##0.00_);"-"_)' : '#,##0_);-#,##0_);"-"_)';
  const withFormat = (style: CellStyle, format: string): CellStyle => ({
    ...style,
    numberFormat: fmt(format),
  });
  return {
    ...official,
    count: withFormat(official.count, '#,##0_);-#,##0_);"-"_)'),
    totalCount: withFormat(official.totalCount, '#,##0_);-#,##0_);"-"_)'),
    percent: withFormat(official.percent, '0.00_);-0.00_);"-"_)'),
    totalPercent: withFormat(official.totalPercent, '0.00_);-0.00_);"-"_)'),
    baht: withFormat(official.baht, amount),
    totalBaht: withFormat(official.totalBaht, amount),
    sectionTitle: {
      font: { name: fontName, sizePt: BODY_PT, bold: true },
      horizontal: "left",
      vertical: "bottom",
    },
    note: {
      font: { name: fontName, sizePt: BODY_PT, italic: true },
      horizontal: "left",
      vertical: "top",
      wrap: true,
    },
  };
}
