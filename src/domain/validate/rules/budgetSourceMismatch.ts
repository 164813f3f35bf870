import { FUNDING_SOURCES, type FundingSourceCode } from "../../model/fundingSources";
import type { Issue } from "../Issue";
import { issueAt } from "../issueAt";
import type { Rule } from "../Rule";
import { forEachItem } from "./_lib/forEachItem";

/** Sources that pay from this อปท.'s own budget, where a zero amount is probably a forgotten figure. */
const BUDGETED: readonly FundingSourceCode[] = ["ORD", "ORD-SUB", "SUPP", "ACC", "SPG"];

/** Warns when a budget is given with ไม่ใช้งบประมาณ, or is zero with a budgeted source. */
export const budgetSourceMismatch: Rule = ({ parsed }) => {
  const issues: Issue[] = [];
  forEachItem(parsed, (item) => {
    const { budget, fundingSource } = item;
    if (budget.status !== "ok" || (fundingSource.status !== "ok" && fundingSource.status !== "alias")) return;
    const source = FUNDING_SOURCES[fundingSource.value];
    if (fundingSource.value === "NONE" && budget.value > 0) {
      issues.push(
        issueAt("budget-with-no-budget-source", "warning", item.ref, "budget", {
          value: budget.text,
          source,
        }),
      );
    } else if (budget.value === 0 && BUDGETED.includes(fundingSource.value)) {
      issues.push(
        issueAt("zero-budget-with-budgeted-source", "warning", item.ref, "budget", {
          value: budget.text,
          source,
        }),
      );
    }
  });
  return issues;
};
