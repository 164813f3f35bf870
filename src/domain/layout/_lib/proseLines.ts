import { estimateTextWidth } from "../../text/estimateTextWidth";
import { wrapText } from "../../text/wrapText";

/**
 * A justified line's spaces may each grow by at most this many ems: a line with fewer spaces (Thai
 * puts them only between phrases) is set ragged rather than with gaps a reader stumbles over.
 */
export const MAX_STRETCH_EM = 1;
/** The width the apps spread a distributed line over: the cell's, less their own padding. */
const DISTRIBUTED_PADDING_PT = 5;

export interface ProseLine {
  readonly text: string;
  /** Whether the line is spread to the full width (every line of a paragraph but its last). */
  readonly justified: boolean;
  /** The first line of a paragraph starts after the indent. */
  readonly indented: boolean;
}

/**
 * Whether a line can be set justified in a cell of `cellWidthPt`: it has plain spaces to spread, and
 * none would grow by more than MAX_STRETCH_EM.
 */
export function justifiable(line: string, cellWidthPt: number, fontSizePt: number, bold = false): boolean {
  // Excel and LibreOffice spread a distributed line over its plain spaces only: a no-break space
  // (inside a date, "พ.ศ. 2570") keeps its width, so it gives the line no room to spread.
  const spaces = (line.trim().match(/ +/gu) ?? []).length;
  if (spaces === 0) return false;
  const slack = cellWidthPt - DISTRIBUTED_PADDING_PT - estimateTextWidth(line, fontSizePt, bold);
  return slack >= 0 && slack / spaces <= MAX_STRETCH_EM * fontSizePt;
}

/**
 * A paragraph of official prose as printed lines: the first line after a first-line indent (narrower),
 * the rest the full width; every line but the last justified when it can be (justifiable). Lines
 * never break inside a compound or a `keep` phrase (wrapText).
 */
export function paragraphLines(
  paragraph: string,
  widths: {
    /** Fitting widths (fitWidth) of the first line and of the others. */
    readonly first: number;
    readonly rest: number;
    /** Cell widths of the first line and of the others, for justification. */
    readonly firstCell: number;
    readonly restCell: number;
  },
  fontSizePt: number,
  keep: readonly string[],
): ProseLine[] {
  const [first = "", ...more] = wrapText(paragraph, widths.first, fontSizePt, false, keep);
  const remainder = paragraph.slice(paragraph.indexOf(first) + first.length).trimStart();
  const rest = more.length > 0 ? wrapText(remainder, widths.rest, fontSizePt, false, keep) : [];
  const texts = [first, ...rest];
  return texts.map((text, i) => ({
    text,
    indented: i === 0,
    justified:
      i < texts.length - 1 && justifiable(text, i === 0 ? widths.firstCell : widths.restCell, fontSizePt),
  }));
}
