import { isBlank, isCellError, type CellValue } from "../grid/CellValue";
import { bahtToSatang, type Satang } from "../model/money";
import { toArabicDigits } from "../text/thaiDigits";
import { compact } from "../text/whiteSpace";
import { BLANK, cellErrorReading, type Reading } from "./Reading";

const DASHES = new Set(["-", "–", "—", "-.-", "-.--"]);
const AMOUNT = /^(-)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2})|\.-)?$/u;

/**
 * Reads a budget as staff type it: a number, or text with commas, spaces, `.00`, Thai digits, a
 * `บาท` suffix, or a dash meaning zero. Text is converted digit by digit, so no float rounding.
 * Negative amounts are read (a rule rejects them); anything else is "invalid".
 * @example parseMoneyCell(" ๓๗๘,๐๐๐.๐๐ บาท ") //=> { status: "ok", value: 37800000, text: " ๓๗๘,๐๐๐.๐๐ บาท " }
 */
export function parseMoneyCell(value: CellValue): Reading<Satang> {
  if (isCellError(value)) return cellErrorReading(value);
  if (isBlank(value)) return BLANK;
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? { status: "ok", value: bahtToSatang(value), text: String(value) }
      : invalid(value);
  }
  if (typeof value !== "string") return invalid(value);
  const plain = compact(toArabicDigits(value))
    .replace(/^฿/u, "")
    .replace(/(?:บาท|บ\.)$/u, "");
  if (DASHES.has(plain)) return { status: "ok", value: 0, text: value };
  const match = AMOUNT.exec(plain);
  if (!match?.[2]) return invalid(value);
  const baht = Number(match[2].replace(/,/gu, ""));
  const satang = Number((match[3] ?? "0").padEnd(2, "0"));
  const amount = baht * 100 + satang;
  if (!Number.isSafeInteger(amount)) return invalid(value);
  return { status: "ok", value: match[1] ? -amount : amount, text: value };
}

const invalid = (value: CellValue): Reading<never> => ({ status: "invalid", text: String(value) });
