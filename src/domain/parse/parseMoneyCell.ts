import { isBlank, type CellValue } from "../grid/CellValue";
import { bahtToSatang, MAX_BAHT, MAX_SATANG, type Satang } from "../model/money";
import { foldText } from "../text/foldText";
import { compact } from "../text/whiteSpace";
import { BLANK, unknownValueReading, type Reading } from "./Reading";

const DASHES = new Set(["-", "-.-", "-.--"]);
const AMOUNT = /^(-)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2})|\.-)?$/u;
const TOO_LARGE = { kind: "tooLarge", scope: "cell" } as const;

/**
 * Reads a budget as staff type it: a number, or text with commas, spaces, `.00`, `.-`, Thai or
 * full-width digits, a `บาท` suffix, or a dash meaning zero. Text is converted digit by digit, so no
 * float rounding. Negative amounts are read (a rule rejects them); an amount of MAX_BAHT or more is
 * "invalid" as too large, and so is anything else that is no amount. The one money reader: the
 * template's cells and imported sheets both go through it.
 * @example parseMoneyCell(" ๓๗๘,๐๐๐.๐๐ บาท ") //=> { status: "ok", value: 37800000, text: " ๓๗๘,๐๐๐.๐๐ บาท " }
 */
export function parseMoneyCell(value: CellValue): Reading<Satang> {
  const unknown = unknownValueReading(value);
  if (unknown) return unknown;
  if (isBlank(value)) return BLANK;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return invalid(value);
    if (Math.abs(value) >= MAX_BAHT) return { status: "invalid", text: String(value), why: TOO_LARGE };
    return { status: "ok", value: bahtToSatang(value), text: String(value) };
  }
  if (typeof value !== "string") return invalid(value);
  const plain = compact(foldText(value))
    .replace(/^฿/u, "")
    .replace(/(?:บาท|บ\.)$/u, "");
  if (DASHES.has(plain)) return { status: "ok", value: 0, text: value };
  const match = AMOUNT.exec(plain);
  if (!match?.[2]) return invalid(value);
  const baht = Number(match[2].replace(/,/gu, ""));
  const satang = Number((match[3] ?? "0").padEnd(2, "0"));
  const amount = baht * 100 + satang;
  if (!(amount < MAX_SATANG)) return { status: "invalid", text: value, why: TOO_LARGE };
  return { status: "ok", value: match[1] ? -amount : amount, text: value };
}

const invalid = (value: CellValue): Reading<never> => ({ status: "invalid", text: String(value) });
