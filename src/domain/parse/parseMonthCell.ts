import { isBlank, isCellError, type CellValue } from "../grid/CellValue";

// A typed zero, FALSE or a lone dash reads as "not this month", so a row of 0s is caught as unscheduled.
const NOT_MARKED = new Set(["0", "-", "–", "FALSE"]);

/**
 * Whether a month cell marks the activity as running that month: any other non-blank mark counts
 * (✓, /, x, 1, →, …).
 */
export function parseMonthCell(value: CellValue): boolean {
  if (isBlank(value) || isCellError(value)) return false;
  if (value === false || value === 0) return false;
  return !NOT_MARKED.has(String(value).trim().toUpperCase());
}
