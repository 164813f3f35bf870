import { estimateTextWidth } from "./estimateTextWidth";
import { splitBetween } from "./splitBetween";
import { BOUND_PREFIXES, compoundSpans } from "./compoundSpans";
import { THAI_COMPOUNDS } from "./thaiCompounds";

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
  // A slash between Thai words (โครงการ/กิจกรรม/งบประมาณ) is a place to break after, as Thai
  // typesetting does; between numbers (1/2570) it glues like other punctuation.
  let afterThaiSlash = false;
  for (const { segment, isWordLike } of thaiSegmenter("word").segment(text)) {
    // A no-break space (U+00A0) glues its neighbours like punctuation does.
    const space = /^[^\S\u00A0]+$/u.test(segment);
    const last = pieces.length - 1;
    if (!space && !isWordLike) {
      afterThaiSlash = segment === "/" && /[\u0E01-\u0E4E]$/u.test(pieces[last] ?? "");
      if (last >= 0 && !/[^\S\u00A0]$/u.test(pieces[last] ?? "")) pieces[last] += segment;
      else pieces.push(segment);
      glueNext = true;
    } else {
      const breakable = afterThaiSlash && /^[\u0E01-\u0E4E]/u.test(segment);
      if (!breakable && ((glueNext && !space) || (space && last >= 0))) pieces[last] += segment;
      else pieces.push(segment);
      glueNext = false;
      afterThaiSlash = false;
    }
  }
  return pieces;
}

/**
 * Words ICU's dictionary reads as verb + การ (ให้การ "testify", ทำการ "operate") where plans mean the
 * verb and a nominalised word: ให้|การสนับสนุน, ทำ|การเกษตร. Split, so การ binds to what follows; not
 * where they end a word of their own (วันทำการ, เวลาทำการ, เปิดทำการ, ที่ทำการ, คำให้การ).
 */
const VERB_WITH_PREFIX = /^(ให้|ทำ)(การ)$/u;
const WHOLE_AFTER = /(วัน|เวลา|เปิด|ปิด|หยุด|ที่|คำ)$/u;

function prefixesFreed(pieces: readonly string[]): string[] {
  return pieces.flatMap((piece, i) => {
    const [, verb, prefix] = VERB_WITH_PREFIX.exec(piece) ?? [];
    const beforeThai = /^[\u0E01-\u0E4E]/u.test(pieces[i + 1] ?? "");
    return verb && prefix && beforeThai && !WHOLE_AFTER.test(pieces[i - 1] ?? "") ? [verb, prefix] : [piece];
  });
}

/** A piece that is only a number (Thai or Arabic digits, grouped or with decimals), maybe with its space. */
const QUANTITY = /^[\d๐-๙][\d๐-๙,.]*\s?$/u;
const DIGIT_FIRST = /^[\d๐-๙]/u;
/** Words an ordinal ที่ follows as one: หมู่ที่ 3, ครั้งที่ 1/2570, ฉบับที่ 3, วันที่ 27, ลำดับที่ 5, ข้อที่ 2. */
const ORDINAL_HEAD = /(หมู่|ครั้ง|ฉบับ|วัน|ลำดับ|ข้อ)$/u;

/**
 * Pieces glued as Thai typesetting keeps them: a quantity with the word after it (50 คน, 1,000 ต้น,
 * 300 ม.), and an ordinal or a year with its number (หมู่ที่ 3, ครั้งที่ 1/2570, พ.ศ. 2570), so no line
 * ends on a bare number or starts with one torn from its ที่ or พ.ศ.
 */
function numbersKept(pieces: readonly string[]): string[] {
  const glued: string[] = [];
  for (const piece of pieces) {
    const last = glued[glued.length - 1];
    const glue =
      last !== undefined &&
      ((QUANTITY.test(last) && /^\p{L}/u.test(piece)) ||
        (/(ที่|พ\.ศ\.)\s?$/u.test(last) && DIGIT_FIRST.test(piece)) ||
        (ORDINAL_HEAD.test(last) && piece.startsWith("ที่")));
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

/** Whether a quote mark opens a quotation here: at the start, or after a space or an opening bracket. */
const opensQuote = (text: string, at: number): boolean =>
  /[\p{Ps}\p{Pi}]/u.test(text[at] ?? "") ||
  (/["']/u.test(text[at] ?? "") && (at === 0 || /[\s\p{Ps}]/u.test(text[at - 1] ?? "")));

interface Breaks {
  /** Offsets where a line may break. */
  readonly hard: readonly number[];
  /** Word boundaries inside compounds and after bound prefixes: used only for a piece wider than a line. */
  readonly soft: ReadonlySet<number>;
  /** The compounds kept whole, as [start, end). */
  readonly spans: readonly (readonly [number, number])[];
  /** The ends of every compound found that fits a line: where a too-wide word splits best (สาธารณ|ประโยชน์). */
  readonly ends: ReadonlySet<number>;
}

/** A boundary that is not one of ICU's costs this much more: ties go to ICU's reading. */
const OFF_ICU = 0.01;
/**
 * A piece left between compounds costs as one word when ICU reads it alone as one (ที่ before
 * สาธารณประโยชน์), else as two: a reading by whole words wins.
 */
function fragmentCost(fragment: string): number {
  if (typeof Intl.Segmenter !== "function") return 2;
  const words = [...thaiSegmenter("word").segment(fragment)].filter((s) => s.isWordLike);
  return words.length === 1 && words[0]?.segment === fragment.trim() ? 1 : 2;
}
/** A compound costs a little less than one of ICU's pieces: a reading by the dictionary's words wins. */
const COMPOUND = 0.9;

/**
 * The text read as words with the fewest units (maximal matching, as Thai word breakers do): each
 * unit one of ICU's pieces or a compound of the dictionary that fits a line, with what lies between. So
 * โครงการเงินอุดหนุน reads โครงการ|เงินอุดหนุน rather than ICU's โครง|การเงิน|อุดหนุน, and
 * โครงการท่องเที่ยว keeps ท่องเที่ยว whole. A compound's ends snap over the punctuation and spaces
 * that ICU's pieces carry, so "(เงินอุดหนุนเฉพาะกิจ)" is one unit. Returns the units as [start, end)
 * and which of them are compounds.
 */
function readingOf(
  pieces: readonly string[],
  text: string,
  compounds: readonly string[],
  fits: (phrase: string) => boolean,
): { units: [number, number][]; compound: boolean[]; ends: Set<number> } {
  const icu = new Set<number>([0]);
  let offset = 0;
  for (const piece of pieces) icu.add((offset += piece.length));
  const sorted = [...icu].sort((a, b) => a - b);
  const snap = (at: number, direction: -1 | 1): number => {
    const to = direction < 0 ? [...sorted].reverse().find((b) => b <= at) : sorted.find((b) => b >= at);
    if (to === undefined) return at;
    const gap = text.slice(Math.min(at, to), Math.max(at, to));
    return /^[^\p{L}\p{M}\p{N}]*$/u.test(gap) ? to : at;
  };
  // A compound wider than a line cannot be kept whole: the words inside it may be.
  const spans = compoundSpans(text, compounds)
    .filter(([s, e]) => fits(text.slice(s, e)))
    .map(([s, e]) => [snap(s, -1), snap(e, 1)] as const);
  const cuts = [...new Set([...sorted, ...spans.flat()])].sort((a, b) => a - b);
  const edges = new Map<number, { to: number; cost: number; compound: boolean }[]>();
  const edge = (from: number, to: number, cost: number, compound: boolean): void => {
    if (to > from) edges.set(from, [...(edges.get(from) ?? []), { to, cost, compound }]);
  };
  for (let i = 0; i + 1 < sorted.length; i += 1) edge(sorted[i] ?? 0, sorted[i + 1] ?? 0, 1, false);
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const [from, to] = [cuts[i] ?? 0, cuts[i + 1] ?? 0];
    if (!icu.has(from) || !icu.has(to)) edge(from, to, fragmentCost(text.slice(from, to)), false);
  }
  for (const [start, end] of spans) edge(start, end, COMPOUND, true);
  const best = new Map<number, { cost: number; to: number; compound: boolean }>();
  best.set(text.length, { cost: 0, to: text.length, compound: false });
  for (const from of [...cuts].reverse()) {
    for (const { to, cost, compound } of edges.get(from) ?? []) {
      const rest = best.get(to);
      if (!rest) continue;
      const total = cost + rest.cost + (icu.has(to) ? 0 : OFF_ICU);
      if (total < (best.get(from)?.cost ?? Infinity)) best.set(from, { cost: total, to, compound });
    }
  }
  const units: [number, number][] = [];
  const compound: boolean[] = [];
  for (let at = 0; at < text.length;) {
    const step = best.get(at);
    if (!step) break;
    units.push([at, step.to]);
    compound.push(step.compound);
    at = step.to;
  }
  return { units, compound, ends: new Set(spans.flat()) };
}

/**
 * Where a paragraph may break: between the units of its reading (readingOf). Inside a compound, and after a bound prefix (การ|ศึกษา), ICU's boundaries become soft: used only for a
 * piece wider than a line. No break is left inside a `keep` phrase (names: ICU splits หนองแสงทอง
 * into dictionary words, and may glue its start to what comes before, as in อบต.หนอง|แสงทอง); one
 * may fall at either end of it, unless that would leave an opening bracket or quote at a line's end
 * or put closing punctuation at a line's start.
 */
function breaksOf(
  pieces: readonly string[],
  text: string,
  fits: (phrase: string) => boolean,
  keep: readonly string[],
  compounds: readonly string[],
): Breaks {
  const { units, compound, ends } = readingOf(pieces, text, compounds, fits);
  const breaks = new Set(units.slice(1).map(([start]) => start));
  const soft = new Set<number>();
  const spans: (readonly [number, number])[] = [];
  let offset = 0;
  const icu: number[] = [];
  for (const piece of pieces) icu.push((offset += piece.length));
  units.forEach(([start, end], i) => {
    if (!compound[i]) return;
    spans.push([start, end]);
    for (const at of icu) if (at > start && at < end) soft.add(at);
  });
  units.forEach(([start, end], i) => {
    const next = units[i + 1];
    // A prefix glued to an opening bracket, as in (ค่าอาหาร, is still a prefix.
    const unit = text.slice(start, end).replace(/^[\p{Ps}\p{Pi}"']+/u, "");
    if (BOUND_PREFIXES.includes(unit) && next && /^\p{L}/u.test(text.slice(next[0]))) {
      breaks.delete(end);
      soft.add(end);
    }
  });
  const ranges: [number, number][] = [];
  for (const phrase of keep) {
    if (phrase === "") continue;
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
      ranges.push([at, at + phrase.length]);
    }
  }
  const inside = (at: number): boolean => ranges.some(([start, end]) => at > start && at < end);
  for (const at of [...breaks]) if (inside(at)) breaks.delete(at);
  for (const [start, end] of ranges) {
    if (!inside(start) && !opensQuote(text, start - 1)) breaks.add(start);
    if (!inside(end) && !/[\p{Pe}\p{Pf}\p{Po}]/u.test(text[end] ?? "")) breaks.add(end);
  }
  const hard = [...breaks].filter((at) => at > 0 && at < text.length && !soft.has(at)).sort((a, b) => a - b);
  return { hard, soft, spans, ends };
}

/**
 * Splits text into lines no wider than `widthPt` at `fontSizePt` (estimated), breaking between
 * words; explicit newlines are kept. Trailing spaces are dropped from each line. `bold` measures
 * with the bold face (wider), as headings and totals print. Lines never break inside a `keep` phrase
 * (names) unless the phrase alone is wider than a line, nor between a number and its word, nor
 * inside a compound a Thai reader reads as one word (THAI_COMPOUNDS: สิ่งแวดล้อม, ค่าใช้จ่าย) or after
 * a bound prefix (การ, ความ, ผู้ …), unless the word alone is wider than a line.
 * @example wrapText("ประกาศใช้แผนการดำเนินงาน", 60, 16) //=> ["ประกาศใช้", "แผนการ", "ดำเนินงาน"]
 */
export function wrapText(
  text: string,
  widthPt: number,
  fontSizePt: number,
  bold = false,
  keep: readonly string[] = [],
  compounds: readonly string[] = THAI_COMPOUNDS,
): string[] {
  const width = (piece: string): number => estimateTextWidth(piece, fontSizePt, bold);
  const fits = (piece: string): boolean => width(piece) <= widthPt;
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    // Widths only add up, so a paragraph that fits whole never breaks: skip segmenting it.
    if (fits(paragraph)) {
      lines.push(paragraph.trimEnd());
      continue;
    }
    // A phrase wider than a line is left to break between its words.
    const { hard, soft, spans, ends } = breaksOf(
      numbersKept(prefixesFreed(segments(paragraph))),
      paragraph,
      fits,
      keep.filter(fits),
      compounds,
    );
    const inSpan = (at: number): boolean => spans.some(([start, end]) => at > start && at < end);
    // Where a piece wider than a line breaks, best first: after its bound prefixes, inside its
    // compounds, at the ends of shorter compounds inside one word; then its own spaces (a number glued to its
    // word), and only a single word that still does not fit between letters.
    const levels: readonly ((at: number) => boolean)[] = [
      (at) => soft.has(at) && !inSpan(at),
      (at) => soft.has(at),
      (at) => ends.has(at),
    ];
    const fitted = (start: number, end: number): string[] => {
      const piece = paragraph.slice(start, end);
      // A line drops its trailing space, so a piece that fits without it is whole (ครั้งที่ 1/2570 ).
      if (fits(piece.trimEnd())) return [piece];
      for (const level of levels) {
        const inner: number[] = [];
        for (let at = start + 1; at < end; at += 1) if (level(at)) inner.push(at);
        if (inner.length > 0) return [start, ...inner].flatMap((at, i) => fitted(at, inner[i] ?? end));
      }
      return /\S\s+\S/u.test(piece)
        ? splitBetween(piece, (before, after) => /\s/u.test(before) && /\S/u.test(after)).flatMap((p) =>
            fits(p) ? [p] : graphemes(p),
          )
        : graphemes(piece);
    };
    const pieces = [0, ...hard].flatMap((at, i) => fitted(at, hard[i] ?? paragraph.length));
    let line = "";
    for (const piece of pieces) {
      const candidate = line + piece;
      if (line.trim() !== "" && width(candidate.trimEnd()) > widthPt) {
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
