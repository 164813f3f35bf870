import type { Issue } from "../Issue";
import { issueAt } from "../issueAt";
import type { Rule } from "../Rule";
import { itemsOf } from "./_lib/itemsOf";

/** Every project and equipment row needs at least one month marked (ผด.02 draws its bar from them). */
export const noMonthMarked: Rule = ({ parsed }) => {
  const issues: Issue[] = [];
  for (const item of itemsOf(parsed))
    if (!item.months.includes(true)) issues.push(issueAt("no-month-marked", "error", item.ref, "months"));
  return issues;
};
