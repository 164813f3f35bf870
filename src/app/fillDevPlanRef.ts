import { fromA1, toA1 } from "../domain/grid/a1";
import { cellText } from "../domain/grid/cellText";
import type { CellValue } from "../domain/grid/CellValue";
import { matchKey } from "../domain/text/matchKey";
import { DEV_PLAN_LINK_HEADERS, PROJECTS_TABLE } from "../domain/template/templateSpec";
import { suggestionOf } from "../domain/validate/devPlanSuggestion";
import type { Issue } from "../domain/validate/Issue";
import type { TableCellWrite, WorkbookPort } from "./WorkbookPort";

/**
 * How filling a suggested reference ended. `filled` wrote the book, page and item into the project's
 * row; every other outcome wrote nothing: `no-suggestion` (the issue suggests none), `not-in-table` (the
 * row is not in the Projects table's body, e.g. typed below it), `no-columns` (the table has no link
 * columns: Insert template adds them), `not-blank` (the row's reference cells are no longer blank: the
 * user typed there since the check, and what they typed is never overwritten).
 */
export type FillDevPlanRefOutcome = "filled" | "no-suggestion" | "not-in-table" | "no-columns" | "not-blank";

export interface FillDevPlanRefReport {
  readonly outcome: FillDevPlanRefOutcome;
  /** The cells written (A1, on the Projects sheet), in book, page, item order; empty unless filled. */
  readonly cells: readonly string[];
}

const none = (outcome: FillDevPlanRefOutcome): FillDevPlanRefReport => ({ outcome, cells: [] });

const isBlank = (value: CellValue | undefined): boolean => cellText(value ?? null).trim() === "";

/**
 * Fills the reference a `dev-plan-ref-missing` issue suggests (the best match in DevPlanProjects) into
 * the project's row: the only change the tool makes to what the user typed, on their click, into cells
 * that are blank. Page and item are written as numbers, the book as text.
 */
export async function fillDevPlanRef(port: WorkbookPort, issue: Issue): Promise<FillDevPlanRefReport> {
  const suggestion = suggestionOf(issue);
  const location = issue.location;
  if (!suggestion || !location) return none("no-suggestion");
  const [grid] = await port.readTables([PROJECTS_TABLE.table]);
  if (!grid || grid.sheet !== location.sheet) return none("not-in-table");
  let row: number;
  try {
    row = fromA1(location.cell).row - grid.headerRow - 1;
  } catch {
    return none("not-in-table");
  }
  const values = grid.rows[row];
  if (!values) return none("not-in-table");
  const columnOf = (header: string): number =>
    grid.headers.findIndex((h) => matchKey(h) === matchKey(header));
  const columns = [
    columnOf(DEV_PLAN_LINK_HEADERS.edition),
    columnOf(DEV_PLAN_LINK_HEADERS.page),
    columnOf(DEV_PLAN_LINK_HEADERS.item),
  ];
  if (columns.some((c) => c < 0)) return none("no-columns");
  if (!columns.every((c) => isBlank(values[c]))) return none("not-blank");
  const writes: TableCellWrite[] = [suggestion.edition, suggestion.page, suggestion.item].map((value, i) => ({
    row,
    column: columns[i] ?? 0,
    value,
  }));
  await port.writeTableCells(PROJECTS_TABLE.table, writes);
  return {
    outcome: "filled",
    cells: writes.map((w) => toA1(grid.headerRow + 1 + w.row, grid.firstColumn + w.column)),
  };
}
