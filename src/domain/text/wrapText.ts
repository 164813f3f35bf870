import { estimateTextWidth } from "./estimateTextWidth";

// ICU segmenters are costly to construct (a layout wraps thousands of cells): build each once, lazily.
const segmenters = new Map<"word" | "grapheme", Intl.Segmenter>();

function thaiSegmenter(granularity: "word" | "grapheme"): Intl.Segmenter {
  let segmenter = segmenters.get(granularity);
  if (!segmenter) {
    segmenter = new Intl.Segmenter("th", { granularity });
    segmenters.set(granularity, segmenter);
  }
  return segmenter;
}

/**
 * Breakable pieces: Thai has no spaces between words, so lines may only break at word boundaries
 * found by ICU; punctuation sticks to its neighbours so "พ.ศ." and "(2)" never split.
 */
function segments(text: string): string[] {
  if (typeof Intl.Segmenter !== "function") return text.split(/(?<=[^\S\u00A0])/u);
  const pieces: string[] = [];
  let glueNext = false;
  for (const { segment, isWordLike } of thaiSegmenter("word").segment(text)) {
    // A no-break space (U+00A0) glues its neighbours like punctuation does.
    const space = /^[^\S\u00A0]+$/u.test(segment);
    const last = pieces.length - 1;
    if (!space && !isWordLike) {
      if (last >= 0 && !/[^\S\u00A0]$/u.test(pieces[last] ?? "")) pieces[last] += segment;
      else pieces.push(segment);
      glueNext = true;
    } else if ((glueNext && !space) || (space && last >= 0)) {
      pieces[last] += segment;
      glueNext = false;
    } else {
      pieces.push(segment);
      glueNext = false;
    }
  }
  return pieces;
}

/**
 * The pieces with no break left inside any occurrence of a `keep` phrase: ICU splits a place name
 * such as หนองแสงทอง into dictionary words, and a notice must not break a proper name across lines.
 */
function keptTogether(pieces: readonly string[], text: string, keep: readonly string[]): string[] {
  const ranges: [number, number][] = [];
  for (const phrase of keep) {
    if (phrase === "") continue;
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
      ranges.push([at, at + phrase.length]);
    }
  }
  if (ranges.length === 0) return [...pieces];
  const merged: string[] = [];
  let offset = 0;
  for (const piece of pieces) {
    const inside = ranges.some(([start, end]) => offset > start && offset < end);
    if (inside && merged.length > 0) merged[merged.length - 1] += piece;
    else merged.push(piece);
    offset += piece.length;
  }
  return merged;
}

/** Grapheme clusters keep a Thai base letter with its marks when a word is too long for a line. */
function graphemes(text: string): string[] {
  if (typeof Intl.Segmenter === "function") {
    return Array.from(thaiSegmenter("grapheme").segment(text), (s) => s.segment);
  }
  return Array.from(text);
}

/**
 * Splits text into lines no wider than `widthPt` at `fontSizePt` (estimated), breaking between
 * words; explicit newlines are kept. Trailing spaces are dropped from each line. `bold` measures
 * with the bold face (wider), as headings and totals print. Lines never break inside a `keep` phrase
 * (names) unless the phrase alone is wider than a line.
 * @example wrapText("ประกาศใช้แผนการดำเนินงาน", 60, 16) //=> ["ประกาศใช้", "แผนการ", "ดำเนินงาน"]
 */
export function wrapText(
  text: string,
  widthPt: number,
  fontSizePt: number,
  bold = false,
  keep: readonly string[] = [],
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    // Widths only add up, so a paragraph that fits whole never breaks: skip segmenting it.
    if (estimateTextWidth(paragraph, fontSizePt, bold) <= widthPt) {
      lines.push(paragraph.trimEnd());
      continue;
    }
    let line = "";
    // A phrase wider than a line is left to break between its words.
    const fitting = keep.filter((phrase) => estimateTextWidth(phrase, fontSizePt, bold) <= widthPt);
    const pieces = keptTogether(segments(paragraph), paragraph, fitting).flatMap((word) =>
      estimateTextWidth(word, fontSizePt, bold) > widthPt ? graphemes(word) : [word],
    );
    for (const piece of pieces) {
      const candidate = line + piece;
      if (line.trim() !== "" && estimateTextWidth(candidate.trimEnd(), fontSizePt, bold) > widthPt) {
        lines.push(line.trimEnd());
        line = piece.trimStart();
      } else {
        line = candidate;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
