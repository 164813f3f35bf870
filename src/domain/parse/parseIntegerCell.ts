import { isBlank, isCellError, type CellValue } from "../grid/CellValue";
import { toArabicDigits } from "../text/thaiDigits";
import { squeeze } from "../text/whiteSpace";
import { BLANK, cellErrorReading, type Reading } from "./Reading";

/**
 * Reads a whole number typed as a number or as text (Thai digits, a trailing dot, an optional
 * prefix such as "พ.ศ." or "ยุทธศาสตร์ที่"). Returns "invalid" for anything else.
 * @example parseIntegerCell("๒๕๗๐", ["พ.ศ."]) //=> { status: "ok", value: 2570, text: "๒๕๗๐" }
 */
export function parseIntegerCell(value: CellValue, prefixes: readonly string[] = []): Reading<number> {
  if (isCellError(value)) return cellErrorReading(value);
  if (isBlank(value)) return BLANK;
  if (typeof value === "number") {
    return Number.isInteger(value)
      ? { status: "ok", value, text: String(value) }
      : { status: "invalid", text: String(value) };
  }
  const text = String(value);
  let plain = squeeze(toArabicDigits(text));
  // Strip prefixes repeatedly so "ปีงบประมาณ พ.ศ. 2570" works whatever order they come in.
  for (
    let prefix = prefixes.find((p) => plain.startsWith(p));
    prefix;
    prefix = prefixes.find((p) => plain.startsWith(p))
  ) {
    plain = plain.slice(prefix.length).trim();
  }
  const match = /^(\d+)\.?$/u.exec(plain);
  return match?.[1] ? { status: "ok", value: Number(match[1]), text } : { status: "invalid", text };
}
