import { isBlank, isCellError, type CellValue } from "../grid/CellValue";

// A typed zero, FALSE or a lone dash reads as "not this month", so a row of 0s is caught as unscheduled.
// A pattern rather than trimming and upper-casing each mark: that copied every ✓ of a 50,000-row plan.
const NOT_MARKED_TEXT = /^\s*(?:0|-|–|false)\s*$/iu;

/**
 * Whether a month cell marks the activity as running that month: any other non-blank mark counts
 * (✓, /, x, 1, →, TRUE, …).
 */
export function parseMonthCell(value: CellValue): boolean {
  if (isBlank(value) || isCellError(value)) return false;
  if (value === false || value === 0) return false;
  return typeof value !== "string" || !NOT_MARKED_TEXT.test(value);
}
