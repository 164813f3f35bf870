import { isBlank, isCellError, type CellValue } from "../grid/CellValue";
import type { IsoDate } from "../model/plan";
import { compact, squeeze, toArabicDigits } from "./normaliseText";
import { BLANK, cellErrorReading, type Reading } from "./Reading";

const BE_OFFSET = 543;
const THAI_MONTHS: readonly (readonly string[])[] = [
  ["มกราคม", "มค"],
  ["กุมภาพันธ์", "กพ"],
  ["มีนาคม", "มีค"],
  ["เมษายน", "เมย"],
  ["พฤษภาคม", "พค"],
  ["มิถุนายน", "มิย"],
  ["กรกฎาคม", "กค"],
  ["สิงหาคม", "สค"],
  ["กันยายน", "กย"],
  ["ตุลาคม", "ตค"],
  ["พฤศจิกายน", "พย"],
  ["ธันวาคม", "ธค"],
];
// Excel's 1900 date system counts from 1899-12-30 for every serial after its fictitious 29 Feb 1900.
const EXCEL_EPOCH_DAYS = daysFromCivil(1899, 12, 30);
const MAX_EXCEL_SERIAL = 2958465;

/**
 * Reads a date typed or stored in a cell: an Excel serial number (how adapters deliver dates) or Thai
 * text such as `10 ต.ค. 2569`, `10 ตุลาคม พ.ศ. 2569`, `10/10/2569` (Thai digits too). Years above 2400
 * are B.E. (also in serials, where Excel took a typed B.E. year as AD); the result is a Gregorian ISO date.
 * @example parseDateCell("10 ต.ค. 2569") //=> { status: "ok", value: "2026-10-10", text: "10 ต.ค. 2569" }
 */
export function parseDateCell(value: CellValue): Reading<IsoDate> {
  if (isCellError(value)) return cellErrorReading(value);
  if (isBlank(value)) return BLANK;
  const text = String(value);
  if (typeof value === "number") return fromSerial(value, text);
  if (typeof value !== "string") return { status: "invalid", text };
  const plain = squeeze(toArabicDigits(value)).replace(/^วันที่\s*/u, "");
  if (/^\d{5}(?:\.\d+)?$/u.test(plain)) return fromSerial(Number(plain), text);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(plain);
  if (ymd) return fromParts(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]), text);
  const dmy = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})$/u.exec(plain);
  if (dmy) return fromParts(fullYear(dmy[3] ?? ""), Number(dmy[2]), Number(dmy[1]), text);
  const named = /^(\d{1,2})\s*([^\d\s][^\d]*?)\s*(?:พ\.\s*ศ\.)?\s*(\d{2}|\d{4})$/u.exec(plain);
  if (named?.[2]) {
    const month = monthOfName(named[2]);
    if (month > 0) return fromParts(fullYear(named[3] ?? ""), month, Number(named[1]), text);
  }
  return { status: "invalid", text };
}

function monthOfName(name: string): number {
  const key = compact(name).replace(/\./gu, "");
  return THAI_MONTHS.findIndex((forms) => forms.includes(key)) + 1;
}

// Two-digit years are B.E. (staff write "69" for 2569).
function fullYear(digits: string): number {
  return digits.length === 2 ? 2500 + Number(digits) : Number(digits);
}

function fromParts(year: number, month: number, day: number, text: string): Reading<IsoDate> {
  const gregorian = year > 2400 ? year - BE_OFFSET : year;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(gregorian, month))
    return { status: "invalid", text };
  return { status: "ok", value: isoDate(gregorian, month, day), text };
}

function fromSerial(serial: number, text: string): Reading<IsoDate> {
  if (!Number.isFinite(serial) || serial < 61 || serial > MAX_EXCEL_SERIAL)
    return { status: "invalid", text };
  const { year, month, day } = civilFromDays(EXCEL_EPOCH_DAYS + Math.floor(serial));
  // "10/10/2569" typed into a Gregorian Excel is stored as AD 2569: it was meant as B.E.
  if (year > 2400) return fromParts(year, month, day, text);
  return { status: "ok", value: isoDate(year, month, day), text };
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

const isoDate = (y: number, m: number, d: number): IsoDate =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm), with no Date object.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
