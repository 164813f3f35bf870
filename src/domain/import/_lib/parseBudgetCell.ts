import { isCellError, isCellFormula, type CellValue } from "../../grid/CellValue";
import { bahtToSatang, type Satang } from "../../model/money";
import { toArabicDigits } from "../../text/thaiDigits";

/** blank = no budget typed; invalid = something typed that is not an amount. */
export type BudgetCell =
  { kind: "blank" } | { kind: "amount"; satang: Satang } | { kind: "invalid"; text: string };

const DASHES = /^[-–—]+$/u;

/** Reads a budget as typed by hand: numbers, "1,632,820", " 10,500,000.00 ", Thai digits, "บาท", "-" = 0. */
export function parseBudgetCell(value: CellValue | undefined): BudgetCell {
  if (value === null || value === undefined || typeof value === "boolean") return { kind: "blank" };
  if (isCellError(value)) return { kind: "invalid", text: value.error };
  if (isCellFormula(value)) return { kind: "invalid", text: value.formula };
  if (typeof value === "number") {
    return Number.isFinite(value) && value >= 0
      ? { kind: "amount", satang: bahtToSatang(value) }
      : { kind: "invalid", text: String(value) };
  }
  const plain = toArabicDigits(value).replace(/[\s,]|บาท/gu, "");
  if (plain === "") return { kind: "blank" };
  if (DASHES.test(plain)) return { kind: "amount", satang: 0 };
  if (!/^\d+(\.\d{1,2})?$/u.test(plain)) return { kind: "invalid", text: value.trim() };
  return { kind: "amount", satang: bahtToSatang(Number(plain)) };
}
