import { cleanText, joinSaraAm, textTidiness, Tidiness } from "./cleanText";

/** Dashes and minus signs that print like a hyphen. */
const DASHES = /[\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d]/gu;
const DOUBLE_QUOTES = /[\u201c-\u201f]/gu;
const SINGLE_QUOTES = /[\u2018-\u201b\u2032]/gu;
const THAI_DIGIT = /[\u0e50-\u0e59]/gu;

/**
 * Text folded for reading and comparing, spacing kept: cleanText, then Unicode compatibility forms
 * (NFKC: full-width ０–９ and Ａ–Ｚ, ligatures, superscripts) with ำ kept whole (NFKC would split it
 * into นิคหิต + า), Thai digits as Arabic, every dash as "-" and curly quotes as straight ones. For
 * parsing numbers, dates and codes, and under matchKey; never for text that is shown or printed.
 * @example foldText("เพิ่มเติม ๑／２๕๗๐") //=> "เพิ่มเติม 1/2570"
 */
export function foldText(text: string): string {
  const clean = cleanText(text);
  // Tidy ASCII and Thai are their own NFKC (ำ aside, which is joined again): only digits change.
  const compatible = textTidiness(clean) === Tidiness.AsciiThai ? clean : joinSaraAm(clean.normalize("NFKC"));
  return compatible
    .replace(THAI_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0x0e50 + 0x30))
    .replace(DASHES, "-")
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'");
}
