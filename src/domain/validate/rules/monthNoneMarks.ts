import type { Issue } from "../Issue";
import { issueAtCell } from "../issueAt";
import type { Rule } from "../Rule";
import { forEachItem } from "./_lib/forEachItem";

/**
 * Month cells holding only "-" or "0" read as not running that month (as hand-made tables fill the
 * other months); a warning at the row's first such cell lists them all, in case a mark was meant.
 * A row with no month marked at all has its error (no-month-marked), which says enough.
 */
export const monthNoneMarks: Rule = ({ parsed }) => {
  const issues: Issue[] = [];
  forEachItem(parsed, (item) => {
    const { ref, noneMarks } = item;
    const first = noneMarks?.cells[0];
    if (!noneMarks || first === undefined || !item.months.includes(true)) return;
    const params = { value: noneMarks.text, cells: noneMarks.cells.join(", ") };
    issues.push(issueAtCell("month-none-mark", "warning", ref.sheet, first, params));
  });
  return issues;
};
