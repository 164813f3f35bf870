/**
 * Thai glyph variants of the Thai PUA (Windows U+F700–U+F71A, Mac U+F884–U+F89E): fonts without
 * OpenType Thai shaping draw shifted marks and descender-less letters from them, and text copied out
 * of PDFs made with such fonts carries them. Each maps back to the character it draws (HarfBuzz's
 * Thai PUA fallback tables, read backwards).
 */
const THAI_PUA: Readonly<Record<number, string>> = {
  0xf700: "ฐ",
  0xf701: "ิ",
  0xf702: "ี",
  0xf703: "ึ",
  0xf704: "ื",
  0xf705: "่",
  0xf706: "้",
  0xf707: "๊",
  0xf708: "๋",
  0xf709: "์",
  0xf70a: "่",
  0xf70b: "้",
  0xf70c: "๊",
  0xf70d: "๋",
  0xf70e: "์",
  0xf70f: "ญ",
  0xf710: "ั",
  0xf711: "ํ",
  0xf712: "็",
  0xf713: "่",
  0xf714: "้",
  0xf715: "๊",
  0xf716: "๋",
  0xf717: "์",
  0xf718: "ุ",
  0xf719: "ู",
  0xf71a: "ฺ",
  0xf884: "ั",
  0xf885: "ิ",
  0xf886: "ี",
  0xf887: "ึ",
  0xf888: "ื",
  0xf889: "็",
  0xf88a: "่",
  0xf88b: "่",
  0xf88c: "่",
  0xf88d: "้",
  0xf88e: "้",
  0xf88f: "้",
  0xf890: "๊",
  0xf891: "๊",
  0xf892: "๊",
  0xf893: "๋",
  0xf894: "๋",
  0xf895: "๋",
  0xf896: "์",
  0xf897: "์",
  0xf898: "์",
  0xf899: "ํ",
  0xf89a: "ญ",
  0xf89b: "ุ",
  0xf89c: "ู",
  0xf89d: "ฺ",
  0xf89e: "ฐ",
};

/**
 * Characters that print nothing: zero-width space, joiners and marks, word joiner, BOM, soft hyphen,
 * bidi controls and other control characters (tab, newline and return are text). Web pages and PDFs
 * leave them in copied text, where they make equal-looking values differ.
 */
// Control characters and a combining joiner are what this removes, hence the two lint rules off.
/* eslint-disable no-control-regex, no-misleading-character-class */
const INVISIBLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/gu;
/* eslint-enable no-control-regex, no-misleading-character-class */
/** Spaces other than the plain one (no-break, en, em, thin, ideographic …), and line and paragraph separators. */
const OTHER_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/gu;
const LINE_SEPARATOR = /[\u2028\u2029]/gu;
const PUA = /[\uf700-\uf71a\uf884-\uf89e]/gu;

/** Thai tone marks (ไม้เอก … ไม้จัตวา) and the การันต์, which sit above everything else on a letter. */
const TOP_MARKS = "\u0e48-\u0e4c";
/** Vowels written above or below a letter (ั ิ ี ึ ื ุ ู ฺ ็): typed before its tone mark. */
const INNER_MARKS = "\u0e31\u0e34-\u0e3a\u0e47";
/** Every Thai mark that stacks on a letter: one typed twice prints once, over itself. */
const STACKED_MARK = /([\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])\1+/gu;
/** A tone mark (or การันต์) typed before the vowel it sits on: swapped into the standard order. */
const MARK_BEFORE_VOWEL = new RegExp(`([${TOP_MARKS}]+)([${INNER_MARKS}]+)`, "gu");
/** นิคหิต + า (what copying from a PDF gives for ำ), either way round, tone marks between kept before it. */
const SPLIT_SARA_AM = /\u0e4d([\u0e48-\u0e4b]*)\u0e32|\u0e32([\u0e48-\u0e4b]*)\u0e4d/gu;
/** ำ typed before its tone mark (ก + ำ + ่ prints like ก่ำ). */
const SARA_AM_BEFORE_TONE = /\u0e33([\u0e48-\u0e4b]+)/gu;
/** สระเอ twice (เ + เ) for สระแอ. */
const DOUBLE_SARA_E = /\u0e40\u0e40/gu;

/**
 * Tidiness of a text (textTidiness): `AsciiThai`, printable ASCII, tab, line breaks and Thai in
 * standard order, which cleanText and NFKC keep; `WithSymbols`, the same with symbols cleanText and
 * NFC keep (×, –, “”, ✓ …) but NFKC may change; `Untidy`, anything else.
 */
export const Tidiness = { AsciiThai: 0, WithSymbols: 1, Untidy: 2 } as const;
export type Tidiness = (typeof Tidiness)[keyof typeof Tidiness];

// The tidiness tests are patterns without the u flag: on these BMP classes V8 runs them several
// times faster than with it, and a lone surrogate half (of any character outside the BMP) simply
// counts as untidy.
/** A character other than printable ASCII, tab, line breaks and Thai but นิคหิต. */
const NOT_ASCII_THAI = /[^\t\n\r\x20-\x7e\u0e01-\u0e3a\u0e3f-\u0e4c\u0e4e-\u0e5b]/;
/**
 * A character other than those and symbols that neither cleanText nor NFC change, alone or after
 * any other character: Latin-1 punctuation and letters, general punctuation, currency, number forms,
 * arrows, mathematical and technical signs, enclosed alphanumerics, box drawing, shapes and dingbats
 * (✓). Ranges holding NFC singletons (Ω, Å, 〈) or spaces are left out.
 */
const NOT_PLAIN =
  /[^\t\n\r\x20-\x7e\u0e01-\u0e3a\u0e3f-\u0e4c\u0e4e-\u0e5b\u00a1-\u00ac\u00ae-\u00ff\u2010-\u2027\u2030-\u205e\u2070-\u20cf\u2150-\u2328\u232b-\u23ff\u2460-\u27bf]/;
/**
 * A Thai sequence cleanText respells: เเ, a tone mark or การันต์ before its vowel, ุ or ู before ฺ
 * (NFC reorders them), ำ before a tone mark, a stacked mark typed twice.
 */
const RESPELT =
  /\u0e40\u0e40|[\u0e48-\u0e4c][\u0e31\u0e34-\u0e3a\u0e47]|[\u0e38\u0e39]\u0e3a|\u0e33[\u0e48-\u0e4b]|\u0e31\u0e31|\u0e34\u0e34|\u0e35\u0e35|\u0e36\u0e36|\u0e37\u0e37|\u0e38\u0e38|\u0e39\u0e39|\u0e3a\u0e3a|\u0e47\u0e47|\u0e48\u0e48|\u0e49\u0e49|\u0e4a\u0e4a|\u0e4b\u0e4b|\u0e4c\u0e4c|\u0e4e\u0e4e/;

/**
 * How far cleanText (and foldText) may change a text: the 50,000 tidy cells of a large plan are
 * then neither copied nor normalised. Untidy: a character outside the tidy sets (no-break and other
 * spaces, invisible characters, PUA, combining marks, นิคหิต …) or a sequence RESPELT matches.
 */
export function textTidiness(text: string): Tidiness {
  if (hasRespeltThai(text)) return Tidiness.Untidy;
  if (!NOT_ASCII_THAI.test(text)) return Tidiness.AsciiThai;
  return NOT_PLAIN.test(text) ? Tidiness.Untidy : Tidiness.WithSymbols;
}

/** True when the text has a Thai sequence cleanText respells (RESPELT). */
export function hasRespeltThai(text: string): boolean {
  return RESPELT.test(text);
}

/** True when cleanText(text) is text itself. */
export function isCleanText(text: string): boolean {
  return textTidiness(text) !== Tidiness.Untidy;
}

/**
 * The text as the reader sees it, spelled one way: what copying from PDFs and web pages, and typing
 * in another order, change without changing what prints. Thai PUA glyphs become their characters;
 * invisible characters go; other spaces become plain spaces; Unicode NFC; นิคหิต + า becomes ำ; เเ
 * becomes แ; a tone mark typed before its vowel (่ before ั) is put after it, one before ำ too; a mark
 * typed twice is kept once. Letters, digits (Thai or Arabic), spacing and line breaks are kept, so the
 * plan and its printed tables carry this text. Comparisons go further: see matchKey.
 * @example cleanText("ประจ\u0e4d\u0e32ปี\u200b") //=> "ประจำปี"
 */
export function cleanText(text: string): string {
  if (textTidiness(text) !== Tidiness.Untidy) return text;
  const plain = text
    .replace(PUA, (ch) => THAI_PUA[ch.charCodeAt(0)] ?? ch)
    .replace(INVISIBLE, "")
    .replace(OTHER_SPACE, " ")
    .replace(LINE_SEPARATOR, "\n");
  // A fix can leave work for another (a mark moved next to its twin, NFC reordering marks below):
  // repeat until nothing changes, which takes two rounds at most on what people type.
  let clean = plain;
  for (let round = 0; round < 4; round++) {
    const next = fixThaiOrder(clean.normalize("NFC"));
    if (next === clean) break;
    clean = next;
  }
  return clean;
}

/** The Thai spelling fixes of cleanText. */
function fixThaiOrder(text: string): string {
  return text
    .replace(STACKED_MARK, "$1")
    .replace(SPLIT_SARA_AM, saraAm)
    .replace(DOUBLE_SARA_E, "แ")
    .replace(MARK_BEFORE_VOWEL, "$2$1")
    .replace(SARA_AM_BEFORE_TONE, "$1ำ")
    .replace(STACKED_MARK, "$1");
}

/** NFKC's spelling of ำ: นิคหิต + า, in that order (a tone mark before it stays before it). */
const NFKC_SARA_AM = /\u0e4d\u0e32/gu;

/** ำ joined again from the นิคหิต + า that NFKC makes of it (used by foldText). */
export function joinSaraAm(text: string): string {
  return text.includes("\u0e4d") ? text.replace(NFKC_SARA_AM, "ำ") : text;
}

function saraAm(_: string, before: string | undefined, after: string | undefined): string {
  return `${before ?? after ?? ""}ำ`;
}
