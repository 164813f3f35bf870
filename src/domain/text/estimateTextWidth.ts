import { SARABUN_BOLD, SARABUN_REGULAR, type MetricRun } from "./sarabunMetrics";

/**
 * Width (1/1000 em) of a character the tables do not list: about a Thai consonant or a digit, so an
 * unexpected symbol is not under-measured.
 */
const DEFAULT_WIDTH = 600;

const widthsByCodePoint = (runs: readonly MetricRun[]): ReadonlyMap<number, number> =>
  new Map(
    runs.flatMap(({ first, widths }) => widths.map((width, i): [number, number] => [first + i, width])),
  );

const REGULAR = widthsByCodePoint(SARABUN_REGULAR);
const BOLD = widthsByCodePoint(SARABUN_BOLD);

function milliEm(code: number, table: ReadonlyMap<number, number>): number {
  const width = table.get(code);
  if (width !== undefined) return width;
  // Zero-width space/joiners and combining marks take no room of their own.
  if ((code >= 0x200b && code <= 0x200d) || (code >= 0x300 && code <= 0x36f)) return 0;
  return DEFAULT_WIDTH;
}

/**
 * Printed width of a line of text in points, from the advance widths of TH Sarabun New (the metrics
 * of TH SarabunPSK). Row heights are written explicitly (LibreOffice does not auto-grow rows), so
 * the layout needs its own measure of wrapped lines.
 * @example estimateTextWidth("2570", 16) //=> 35.392
 */
export function estimateTextWidth(text: string, fontSizePt: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let total = 0;
  for (const ch of text) total += milliEm(ch.codePointAt(0) ?? 0, table);
  return (total * fontSizePt) / 1000;
}
