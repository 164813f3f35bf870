import { isBlank, type CellValue } from "../grid/CellValue";
import { foldText } from "../text/foldText";
import { squeeze } from "../text/whiteSpace";
import { BLANK, unknownValueReading, type Reading } from "./Reading";

/**
 * Reads a whole number typed as a number or as text (Thai or full-width digits, a trailing dot, an
 * optional prefix such as "พ.ศ." or "ยุทธศาสตร์ที่"). Returns "invalid" for anything else, and for
 * numbers too large to be exact (callers bound what they accept).
 * @example parseIntegerCell("๒๕๗๐", ["พ.ศ."]) //=> { status: "ok", value: 2570, text: "๒๕๗๐" }
 */
export function parseIntegerCell(value: CellValue, prefixes: readonly string[] = []): Reading<number> {
  const unknown = unknownValueReading(value);
  if (unknown) return unknown;
  if (isBlank(value)) return BLANK;
  if (typeof value === "number") {
    return Number.isSafeInteger(value)
      ? { status: "ok", value, text: String(value) }
      : { status: "invalid", text: String(value) };
  }
  const text = String(value);
  let plain = squeeze(foldText(text));
  // Strip prefixes repeatedly so "ปีงบประมาณ พ.ศ. 2570" works whatever order they come in.
  for (
    let prefix = prefixes.find((p) => plain.startsWith(p));
    prefix;
    prefix = prefixes.find((p) => plain.startsWith(p))
  ) {
    plain = plain.slice(prefix.length).trim();
  }
  const match = /^(\d+)\.?$/u.exec(plain);
  const number = Number(match?.[1] ?? Number.NaN);
  return Number.isSafeInteger(number) ? { status: "ok", value: number, text } : { status: "invalid", text };
}
