import { FISCAL_MONTHS } from "../../model/months";
import type { Issue } from "../Issue";
import { issueAt } from "../issueAt";
import type { Rule } from "../Rule";
import { forEachItem } from "./_lib/forEachItem";
import { unknownCells } from "./_lib/unknownCells";

/**
 * Every project and equipment row needs at least one month marked (ผด.02 draws its bar from them).
 * A row with a month cell whose value is unknown (a formula without its result) is not said to have
 * none: that cell is reported itself.
 */
export const noMonthMarked: Rule = ({ parsed }) => {
  const issues: Issue[] = [];
  const unknown = unknownCells(parsed);
  forEachItem(parsed, (item) => {
    if (item.months.includes(true) || FISCAL_MONTHS.some((month) => unknown.has(item.ref, month))) return;
    issues.push(issueAt("no-month-marked", "error", item.ref, "months", {}));
  });
  return issues;
};
