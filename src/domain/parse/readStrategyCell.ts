import { isBlank, type CellValue } from "../grid/CellValue";
import { foldText } from "../text/foldText";
import { matchKey } from "../text/matchKey";
import { cellText } from "../grid/cellText";
import type { ParsedStrategy } from "./ParsedWorkbook";
import { BLANK, unknownValueReading, valueOf, type Reading } from "./Reading";
import { invalidNear } from "./readFields";

/**
 * A project's strategy: its number ("1", "๑", "１", "ยุทธศาสตร์ที่ 1", "1. ชื่อ…") or exactly one
 * strategy's name (compared by matchKey). A number with no strategy in the Strategies table is
 * "invalid", as is a name no strategy has (with the name it nearly is, if one).
 */
export function readStrategyCell(value: CellValue, strategies: readonly ParsedStrategy[]): Reading<number> {
  const unknown = unknownValueReading(value);
  if (unknown) return unknown;
  if (isBlank(value)) return BLANK;
  const text = cellText(value);
  const numbers = new Set(strategies.map((s) => valueOf(s.number)).filter((n) => n !== undefined));
  const byNumber = /^(?:ยุทธศาสตร์ที่\s*)?(\d+)(?:\.|\s|$)/u.exec(foldText(text));
  if (byNumber?.[1]) {
    const number = Number(byNumber[1]);
    return numbers.has(number) ? { status: "ok", value: number, text } : { status: "invalid", text };
  }
  const key = matchKey(text);
  const named = strategies.filter((s) => s.name !== "" && matchKey(s.name) === key);
  const number = named.length === 1 && named[0] ? valueOf(named[0].number) : undefined;
  if (number !== undefined) return { status: "ok", value: number, text };
  return invalidNear(
    text,
    strategies.map((s) => s.name).filter((name) => name !== ""),
  );
}
