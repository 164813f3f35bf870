import { issueAt } from "../issueAt";
import type { Rule } from "../Rule";

/** A project's ยุทธศาสตร์ must be the number (or exact name) of a strategy in the Strategies table. */
export const unknownStrategy: Rule = ({ parsed }) =>
  parsed.projects.flatMap((p) =>
    p.strategyNumber.status === "invalid"
      ? [issueAt("unknown-strategy", "error", p.ref, "strategyNumber", { value: p.strategyNumber.text })]
      : [],
  );
