import { foldText } from "./foldText";

/**
 * The key two typed texts are compared by: foldText with no white space at all and Latin letters in
 * lower case. Texts with equal keys look the same, or differ only in spacing, letter case or the
 * form of a digit: every catalog, name and header comparison goes through it.
 * @example matchKey("ข้อบัญญัติงบประมาณ\u00a0รายจ่ายประจ\u0e4d\u0e32ปี") === matchKey("ข้อบัญญัติงบประมาณรายจ่ายประจำปี") //=> true
 */
export function matchKey(text: string): string {
  return foldText(text).replace(/\s+/gu, "").toLowerCase();
}
