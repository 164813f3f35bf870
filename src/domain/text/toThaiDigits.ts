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
