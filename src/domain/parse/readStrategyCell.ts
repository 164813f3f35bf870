import { isBlank, isCellError, type CellValue } from "../grid/CellValue";
import { toArabicDigits } from "../text/thaiDigits";
import { compact } from "../text/whiteSpace";
import { cellText } from "../grid/cellText";
import type { ParsedStrategy } from "./ParsedWorkbook";
import { BLANK, cellErrorReading, valueOf, type Reading } from "./Reading";

/**
 * A project's strategy: its number ("1", "๑", "ยุทธศาสตร์ที่ 1", "1. ชื่อ…") or exactly one strategy's
 * name. A number with no strategy in the Strategies table is "invalid".
 */
export function readStrategyCell(value: CellValue, strategies: readonly ParsedStrategy[]): Reading<number> {
  if (isCellError(value)) return cellErrorReading(value);
  if (isBlank(value)) return BLANK;
  const text = cellText(value);
  const numbers = new Set(strategies.map((s) => valueOf(s.number)).filter((n) => n !== undefined));
  const byNumber = /^(?:ยุทธศาสตร์ที่\s*)?(\d+)(?:\.|\s|$)/u.exec(toArabicDigits(text));
  if (byNumber?.[1]) {
    const number = Number(byNumber[1]);
    return numbers.has(number) ? { status: "ok", value: number, text } : { status: "invalid", text };
  }
  const named = strategies.filter((s) => s.name !== "" && compact(s.name) === compact(text));
  const number = named.length === 1 && named[0] ? valueOf(named[0].number) : undefined;
  return number === undefined ? { status: "invalid", text } : { status: "ok", value: number, text };
}
