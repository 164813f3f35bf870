import type { CellValue } from "../../domain/grid/CellValue";

const MS_PER_DAY = 86_400_000;
/** Days from Excel's 1900 epoch (with its phantom 29 Feb 1900) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

/** Excel serial number of a date as exceljs delivers it (a UTC instant). */
export function dateToSerial(date: Date): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/**
 * An exceljs cell value as the core reads cells: dates → serial numbers, formulas → their cached
 * result, rich text and hyperlinks → plain text, error values → `{ error }`.
 * @example toCellValue({ richText: [{ text: "แผน" }, { text: "งาน" }] }) //=> "แผนงาน"
 */
export function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dateToSerial(value);
  if (!isRecord(value)) return null;
  if (typeof value["error"] === "string") return { error: value["error"] };
  if (Array.isArray(value["richText"])) {
    return value["richText"]
      .map((run: unknown) => (isRecord(run) && typeof run["text"] === "string" ? run["text"] : ""))
      .join("");
  }
  if ("formula" in value || "sharedFormula" in value) return toCellValue(value["result"]);
  // Hyperlink cells carry their shown text, which may itself be rich text.
  if ("hyperlink" in value || "text" in value) return toCellValue(value["text"]);
  return null;
}
