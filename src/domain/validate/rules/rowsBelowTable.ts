import type { Issue } from "../Issue";
import { issueAtCell } from "../issueAt";
import type { Rule } from "../Rule";

/**
 * Rows typed directly below a table that did not grow are read as its rows, with one warning at the
 * first of them asking to extend the table; rows further down that look like table rows are not read,
 * and each gets a warning at its cell, so none is left out unsaid.
 */
export const rowsBelowTable: Rule = ({ parsed }) => {
  const issues: Issue[] = [];
  for (const { sheet, table, rowsBelow, strays } of parsed.tableReports) {
    if (rowsBelow) {
      const { count, firstCell, lastCell } = rowsBelow;
      issues.push(issueAtCell("rows-below-table", "warning", sheet, firstCell, { count, table, lastCell }));
    }
    for (const cell of strays)
      issues.push(issueAtCell("row-below-not-read", "warning", sheet, cell, { table }));
  }
  return issues;
};
