import type { Issue } from "../Issue";
import { issueAt } from "../issueAt";
import type { Rule } from "../Rule";
import { nearParams } from "./_lib/nearParams";

/** A project's ยุทธศาสตร์ must be the number (or exact name) of a strategy in the Strategies table. */
export const unknownStrategy: Rule = ({ parsed }) => {
  const issues: Issue[] = [];
  parsed.projects.forEach((p) => {
    if (p.strategyNumber.status === "invalid")
      issues.push(
        issueAt("unknown-strategy", "error", p.ref, "strategyNumber", nearParams(p.strategyNumber)),
      );
  });
  return issues;
};
