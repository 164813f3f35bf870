/** The ten Thai digits, ๐ first: the one table both directions read. */
const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";

/**
 * Replaces Arabic digits with Thai digits; other characters are kept.
 * @example toThaiDigits("พ.ศ. 2570") //=> "พ.ศ. ๒๕๗๐"
 */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/gu, (d) => THAI_DIGITS.charAt(Number(d)));
}

/** Applies Thai digits only when the option asks for them. */
export function digitsFor(text: string, thaiDigits: boolean): string {
  return thaiDigits ? toThaiDigits(text) : text;
}

/**
 * Thai digits ๐–๙ as 0–9, other characters kept: hand-made plans mix both freely.
 * @example toArabicDigits("๑๒.๕") //=> "12.5"
 */
export function toArabicDigits(text: string): string {
  // Most text has no Thai digits: skip the copy that replace would make.
  if (!/[๐-๙]/u.test(text)) return text;
  return text.replace(/[๐-๙]/gu, (d) => String(THAI_DIGITS.indexOf(d)));
}
