import type { Issue } from "../Issue";
import { issueAt } from "../issueAt";
import type { Rule } from "../Rule";
import { forEachItem } from "./_lib/forEachItem";

/** Every project and equipment row needs at least one month marked (ผด.02 draws its bar from them). */
export const noMonthMarked: Rule = ({ parsed }) => {
  const issues: Issue[] = [];
  forEachItem(parsed, (item) => {
    if (!item.months.includes(true)) issues.push(issueAt("no-month-marked", "error", item.ref, "months", {}));
  });
  return issues;
};
