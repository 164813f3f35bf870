import { fromA1 } from "../grid/a1";
import type { Issue } from "./Issue";

/** Issues in reading order: sheet (template order, then by name), row, column; unlocated issues last. */
export function sortIssues(issues: readonly Issue[], sheetOrder: readonly string[]): Issue[] {
  const rank = (sheet: string): number => {
    const index = sheetOrder.indexOf(sheet);
    return index < 0 ? sheetOrder.length : index;
  };
  const position = (issue: Issue) => {
    if (!issue.location) return { sheet: Number.MAX_SAFE_INTEGER, name: "", row: 0, column: 0 };
    const { row, column } = fromA1(issue.location.cell);
    return { sheet: rank(issue.location.sheet), name: issue.location.sheet, row, column };
  };
  return issues
    .map((issue, index) => ({ issue, index, at: position(issue) }))
    .sort(
      (a, b) =>
        a.at.sheet - b.at.sheet ||
        (a.at.name < b.at.name ? -1 : a.at.name > b.at.name ? 1 : 0) ||
        a.at.row - b.at.row ||
        a.at.column - b.at.column ||
        a.index - b.index,
    )
    .map((entry) => entry.issue);
}
