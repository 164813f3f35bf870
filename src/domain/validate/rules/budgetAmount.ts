import { MAX_BAHT, type Satang } from "../../model/money";
import type { SourceRef } from "../../model/SourceRef";
import type { Reading } from "../../parse/Reading";
import type { Issue } from "../Issue";
import { issueAt } from "../issueAt";
import type { Rule } from "../Rule";
import { forEachItem } from "./_lib/forEachItem";

/**
 * A budget must read as an amount of baht (at most 2 decimals), must not be negative, and must be
 * below MAX_BAHT, as must the plan's total with it (parseWorkbook bounds the total).
 */
export const budgetAmount: Rule = ({ parsed }) => {
  const issues: Issue[] = [];
  const check = (ref: SourceRef, field: string, reading: Reading<Satang>): void => {
    if (reading.status === "invalid" && reading.why?.kind === "tooLarge") {
      const code = reading.why.scope === "cell" ? "budget-too-large" : "plan-total-too-large";
      issues.push(issueAt(code, "error", ref, field, { value: reading.text, limit: MAX_BAHT }));
    } else if (reading.status === "invalid")
      issues.push(issueAt("unreadable-budget", "error", ref, field, { value: reading.text }));
    else if (reading.status === "ok" && reading.value < 0)
      issues.push(issueAt("negative-budget", "error", ref, field, { value: reading.text }));
  };
  forEachItem(parsed, (item) => check(item.ref, "budget", item.budget));
  parsed.budgetLines?.forEach((line) => check(line.ref, "amount", line.amount));
  return issues;
};
