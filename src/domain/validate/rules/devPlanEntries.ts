import { normalDevPlanEdition } from "../../devplan/devPlanEdition";
import { cellOf } from "../../model/SourceRef";
import { valueOf } from "../../parse/Reading";
import type { Issue } from "../Issue";
import { issueAt } from "../issueAt";
import type { Rule } from "../Rule";

/**
 * The rows of the DevPlanProjects list that no reference can name (no page, item or project name; a
 * page or item that is no whole number; a budget that cannot be read), and two rows with one plan
 * book, page and item. Warnings: the list is the reviewers' yardstick, not part of the printed plan.
 */
export const devPlanEntries: Rule = ({ parsed }) => {
  const issues: Issue[] = [];
  const seen = new Map<string, string>();
  for (const row of parsed.devPlanProjects ?? []) {
    for (const [reading, field] of [
      [row.page, "page"],
      [row.item, "item"],
    ] as const) {
      if (reading.status === "blank")
        issues.push(issueAt("dev-plan-entry-incomplete", "warning", row.ref, field, { field }));
      if (reading.status === "invalid")
        issues.push(
          issueAt("dev-plan-number-unreadable", "warning", row.ref, field, { field, value: reading.text }),
        );
    }
    if (row.name === "")
      issues.push(issueAt("dev-plan-entry-incomplete", "warning", row.ref, "name", { field: "name" }));
    if (row.budget.status === "invalid")
      issues.push(issueAt("unreadable-budget", "warning", row.ref, "budget", { value: row.budget.text }));
    const budget = valueOf(row.budget);
    if (budget !== undefined && budget < 0 && row.budget.status === "ok")
      issues.push(issueAt("negative-budget", "warning", row.ref, "budget", { value: row.budget.text }));

    const page = valueOf(row.page);
    const item = valueOf(row.item);
    if (page === undefined || item === undefined) continue;
    const key = `${normalDevPlanEdition(row.edition)}|${page}|${item}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, cellOf(row.ref, "page"));
    else
      issues.push(
        issueAt("dev-plan-entry-duplicate", "warning", row.ref, "page", { page, item, firstCell: first }),
      );
  }
  return issues;
};
