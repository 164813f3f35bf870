import { estimateTextWidth } from "./estimateTextWidth";
import { splitBetween } from "./splitBetween";

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
  if (typeof Intl.Segmenter !== "function")
    return splitBetween(text, (before) => /[^\S\u00A0]/u.test(before));
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
 * The pieces re-cut so that no break is left inside any occurrence of a `keep` phrase, and one may
 * fall at either end of it: ICU splits a place name such as หนองแสงทอง into dictionary words (and
 * may glue its start to what comes before, as in อบต.หนอง|แสงทอง), and a printed line must not
 * break a proper name.
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
  const breaks = new Set<number>();
  let offset = 0;
  for (const piece of pieces) {
    offset += piece.length;
    breaks.add(offset);
  }
  const inside = (at: number): boolean => ranges.some(([start, end]) => at > start && at < end);
  for (const at of [...breaks]) if (inside(at)) breaks.delete(at);
  // A phrase's ends become breaks unless they fall inside another kept phrase, or would leave an
  // opening bracket or quote at a line's end or put closing punctuation at a line's start.
  for (const [start, end] of ranges) {
    if (!inside(start) && !/[\p{Ps}\p{Pi}]/u.test(text[start - 1] ?? "")) breaks.add(start);
    if (!inside(end) && !/[\p{Pe}\p{Pf}\p{Po}]/u.test(text[end] ?? "")) breaks.add(end);
  }
  const cuts = [...breaks].filter((at) => at > 0 && at < text.length).sort((a, b) => a - b);
  return [0, ...cuts].map((at, i) => text.slice(at, cuts[i] ?? text.length));
}

/** A piece that is only a number (Thai or Arabic digits, grouped or with decimals), maybe with its space. */
const QUANTITY = /^[\d๐-๙][\d๐-๙,.]*\s?$/u;
const DIGIT_FIRST = /^[\d๐-๙]/u;

/**
 * Pieces glued as Thai typesetting keeps them: a quantity with the word after it (50 คน, 1,000 ต้น,
 * 300 ม.), and an ordinal or a year with its number (หมู่ที่ 3, พ.ศ. 2570), so no line ends on a
 * bare number or starts with one torn from its ที่ or พ.ศ.
 */
function numbersKept(pieces: readonly string[]): string[] {
  const glued: string[] = [];
  for (const piece of pieces) {
    const last = glued[glued.length - 1];
    const glue =
      last !== undefined &&
      ((QUANTITY.test(last) && /^\p{L}/u.test(piece)) ||
        (/(ที่|พ\.ศ\.)\s?$/u.test(last) && DIGIT_FIRST.test(piece)) ||
        (/หมู่$/u.test(last) && piece.startsWith("ที่")));
    if (glue) glued[glued.length - 1] = last + piece;
    else glued.push(piece);
  }
  return glued;
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
 * (names) unless the phrase alone is wider than a line, nor between a number and its word.
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
    // A piece wider than a line is split at its own spaces first (a number glued to its word),
    // and only a single word that still does not fit is split between letters.
    const fitted = (piece: string): string[] => {
      if (estimateTextWidth(piece, fontSizePt, bold) <= widthPt) return [piece];
      return /\S\s+\S/u.test(piece)
        ? splitBetween(piece, (before, after) => /\s/u.test(before) && /\S/u.test(after)).flatMap(fitted)
        : graphemes(piece);
    };
    const pieces = keptTogether(numbersKept(segments(paragraph)), paragraph, fitting).flatMap(fitted);
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
