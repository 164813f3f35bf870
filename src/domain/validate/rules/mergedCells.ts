import type { Issue } from "../Issue";
import { issueAtCell } from "../issueAt";
import type { Rule } from "../Rule";

/**
 * A merged area inside a table's data rows is an error at its top-left cell: one value would stand
 * for several rows (a budget merged over two projects). The cells it hides read as blank, so the
 * value never counts twice; the error says it does not silently count once for two rows either.
 */
export const mergedCells: Rule = ({ parsed }) => {
  const issues: Issue[] = [];
  for (const { sheet, table, merges } of parsed.tableReports) {
    for (const { range, cell } of merges)
      issues.push(issueAtCell("merged-cells", "error", sheet, cell, { range, table }));
  }
  return issues;
};
