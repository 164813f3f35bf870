import type { ParsedItem, ParsedWorkbook } from "../../../parse/ParsedWorkbook";

/**
 * Visits the project rows, then the equipment rows, for rules that treat both alike. Walking the two
 * lists rather than joining them: a joined copy of 50,000 rows was a large allocation on big plans.
 */
export function forEachItem(parsed: ParsedWorkbook, visit: (item: ParsedItem) => void): void {
  parsed.projects.forEach((item) => visit(item));
  parsed.equipment.forEach((item) => visit(item));
}
