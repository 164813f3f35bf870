import type { CellValue } from "../../grid/CellValue";
import type { Satang } from "../../model/money";
import { parseMoneyCell } from "../../parse/parseMoneyCell";

/** blank = no budget typed; invalid = something typed that is not an amount. */
export type BudgetCell =
  { kind: "blank" } | { kind: "amount"; satang: Satang } | { kind: "invalid"; text: string };

/**
 * A hand-made sheet's budget cell, read by the template's money reader (parseMoneyCell: "1,632,820",
 * " 10,500,000.00 ", "10,000.-", Thai digits, "บาท", "-" = 0), so both readers take the same amounts.
 * A negative or too large amount is "invalid", as is text such as "(ไม่ใช้งบประมาณ)" (a funding note).
 */
export function parseBudgetCell(value: CellValue | undefined): BudgetCell {
  if (value === undefined || typeof value === "boolean") return { kind: "blank" };
  const reading = parseMoneyCell(value);
  switch (reading.status) {
    case "blank":
      return { kind: "blank" };
    case "ok":
    case "alias":
      return reading.value >= 0
        ? { kind: "amount", satang: reading.value }
        : { kind: "invalid", text: reading.text.trim() };
    case "invalid":
      return { kind: "invalid", text: reading.text.trim() };
    case "cellError":
      return { kind: "invalid", text: reading.error };
    case "formula":
      return { kind: "invalid", text: reading.formula };
  }
}
