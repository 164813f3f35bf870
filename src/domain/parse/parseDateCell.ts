import { isBlank, type CellValue } from "../grid/CellValue";
import { fromDayNumber, isoDateOf, isValidIsoDate, toDayNumber } from "../editions/isoDate";
import type { IsoDate } from "../model/plan";
import { BUDDHIST_ERA_OFFSET, THAI_MONTH_ABBREVIATIONS, THAI_MONTH_NAMES } from "../text/thaiMonthNames";
import { foldText } from "../text/foldText";
import { matchKey } from "../text/matchKey";
import { squeeze } from "../text/whiteSpace";
import { BLANK, unknownValueReading, type Reading } from "./Reading";

// Each month's full name and its abbreviation without dots (month names are compared dot-free).
const THAI_MONTHS: readonly (readonly string[])[] = THAI_MONTH_NAMES.map((name, i) => [
  name,
  (THAI_MONTH_ABBREVIATIONS[i] ?? "").replace(/\./gu, ""),
]);
// Excel's 1900 date system counts from 1899-12-30 for every serial after its fictitious 29 Feb 1900.
const EXCEL_EPOCH_DAYS = toDayNumber("1899-12-30");
const MAX_EXCEL_SERIAL = 2958465;

/**
 * Reads a date typed or stored in a cell: an Excel serial number (how adapters deliver dates) or Thai
 * text such as `10 ต.ค. 2569`, `10 ตุลาคม พ.ศ. 2569`, `10/10/2569` (Thai digits too). Years above 2400
 * are B.E. (also in serials, where Excel took a typed B.E. year as AD); the result is a Gregorian ISO date.
 * A year of two digits (`10/10/26`, `10 ต.ค. 69`) is "invalid" with its parts: it may be B.E. or AD, and
 * a guess would print on the notice (the rule says which year was probably meant).
 * @example parseDateCell("10 ต.ค. 2569") //=> { status: "ok", value: "2026-10-10", text: "10 ต.ค. 2569" }
 */
export function parseDateCell(value: CellValue): Reading<IsoDate> {
  const unknown = unknownValueReading(value);
  if (unknown) return unknown;
  if (isBlank(value)) return BLANK;
  const text = String(value);
  if (typeof value === "number") return fromSerial(value, text);
  if (typeof value !== "string") return { status: "invalid", text };
  const plain = squeeze(foldText(value)).replace(/^วันที่\s*/u, "");
  if (/^\d{5}(?:\.\d+)?$/u.test(plain)) return fromSerial(Number(plain), text);
  const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(plain);
  if (ymd) return fromYear(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]), text);
  const dmy = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})$/u.exec(plain);
  if (dmy) return fromParts(dmy[3] ?? "", Number(dmy[2]), Number(dmy[1]), text);
  const named = /^(\d{1,2})\s*([^\d\s][^\d]*?)\s*(?:พ\.\s*ศ\.)?\s*(\d{2}|\d{4})$/u.exec(plain);
  if (named?.[2]) {
    const month = monthOfName(named[2]);
    if (month > 0) return fromParts(named[3] ?? "", month, Number(named[1]), text);
  }
  return { status: "invalid", text };
}

function monthOfName(name: string): number {
  const key = matchKey(name).replace(/\./gu, "");
  return THAI_MONTHS.findIndex((forms) => forms.includes(key)) + 1;
}

/** A date from typed parts; a two-digit year is reported with them when the day and month exist. */
function fromParts(yearDigits: string, month: number, day: number, text: string): Reading<IsoDate> {
  if (yearDigits.length === 2) {
    const year = Number(yearDigits);
    // Any leap year shows whether the day exists in that month (29 ก.พ. is left to the full year).
    return isValidIsoDate(isoDateOf(2024, month, day))
      ? { status: "invalid", text, why: { kind: "twoDigitYear", day, month, year } }
      : { status: "invalid", text };
  }
  return fromYear(Number(yearDigits), month, day, text);
}

function fromYear(year: number, month: number, day: number, text: string): Reading<IsoDate> {
  const iso = isoDateOf(year > 2400 ? year - BUDDHIST_ERA_OFFSET : year, month, day);
  return isValidIsoDate(iso) ? { status: "ok", value: iso, text } : { status: "invalid", text };
}

function fromSerial(serial: number, text: string): Reading<IsoDate> {
  if (!Number.isFinite(serial) || serial < 61 || serial > MAX_EXCEL_SERIAL)
    return { status: "invalid", text };
  const iso = fromDayNumber(EXCEL_EPOCH_DAYS + Math.floor(serial));
  const [year = 0, month = 0, day = 0] = iso.split("-").map(Number);
  // "10/10/2569" typed into a Gregorian Excel is stored as AD 2569: it was meant as B.E.
  if (year > 2400) return fromYear(year, month, day, text);
  return { status: "ok", value: iso, text };
}
