import type { Issue } from "../Issue";
import { issueAt } from "../issueAt";
import type { Rule } from "../Rule";

/** A project's ยุทธศาสตร์ must be the number (or exact name) of a strategy in the Strategies table. */
export const unknownStrategy: Rule = ({ parsed }) => {
  const issues: Issue[] = [];
  parsed.projects.forEach((p) => {
    if (p.strategyNumber.status === "invalid")
      issues.push(
        issueAt("unknown-strategy", "error", p.ref, "strategyNumber", { value: p.strategyNumber.text }),
      );
  });
  return issues;
};
