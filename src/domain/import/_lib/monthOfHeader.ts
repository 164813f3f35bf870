import type { CellValue } from "../../grid/CellValue";
import { arabicCellText } from "../../grid/cellText";

/** Fiscal-order month spellings without dots or spaces: abbreviation, then full name. */
const MONTH_SPELLINGS: readonly (readonly string[])[] = [
  ["ตค", "ตุลาคม"],
  ["พย", "พฤศจิกายน"],
  ["ธค", "ธันวาคม"],
  ["มค", "มกราคม"],
  ["กพ", "กุมภาพันธ์"],
  ["มีค", "มีนาคม"],
  ["เมย", "เมษายน"],
  ["พค", "พฤษภาคม"],
  ["มิย", "มิถุนายน"],
  ["กค", "กรกฎาคม"],
  ["สค", "สิงหาคม"],
  ["กย", "กันยายน"],
];

export interface MonthHeader {
  /** Fiscal month index, 0 = ต.ค. */
  readonly month: number;
  /** B.E. year written with the month ("ต.ค. 69" → 2569), else null. */
  readonly year: number | null;
}

/** Reads a month heading such as "ต.ค.", "ต.ค. 69", "ตุลาคม 2569"; null when the cell is not one. */
export function monthOfHeader(value: CellValue | undefined): MonthHeader | null {
  const match = /^([^\d]+?)\s*(\d{2}|\d{4})?$/u.exec(arabicCellText(value));
  if (!match?.[1]) return null;
  const word = match[1].replace(/[\s.]/gu, "");
  const month = MONTH_SPELLINGS.findIndex((spellings) => spellings.includes(word));
  if (month < 0) return null;
  const digits = match[2];
  const year = digits === undefined ? null : digits.length === 2 ? 2500 + Number(digits) : Number(digits);
  return { month, year };
}

/** B.E. year in a header cell such as "พ.ศ. 2569" or "ปี ๒๕๖๙"; null when there is none. */
export function yearOfHeader(value: CellValue | undefined): number | null {
  const match = /(25\d\d)/u.exec(arabicCellText(value));
  return match?.[1] ? Number(match[1]) : null;
}
