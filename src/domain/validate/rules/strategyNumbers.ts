import { MAX_STRATEGY_NUMBER } from "../../model/plan";
import type { Issue } from "../Issue";
import { issueAt } from "../issueAt";
import { cellOf } from "../../model/SourceRef";
import type { Rule } from "../Rule";

/** Strategy numbers must be whole numbers from 1 to MAX_STRATEGY_NUMBER, each used once (projects refer to them by number). */
export const strategyNumbers: Rule = ({ parsed }) => {
  const issues: Issue[] = [];
  const firstCell = new Map<number, string>();
  for (const s of parsed.strategies) {
    const n = s.number;
    if (n.status === "invalid" || (n.status === "ok" && n.value < 1)) {
      issues.push(issueAt("unreadable-number", "error", s.ref, "number", { value: n.text }));
    } else if (n.status === "ok" && n.value > MAX_STRATEGY_NUMBER) {
      issues.push(
        issueAt("unreadable-number", "error", s.ref, "number", { value: n.text, max: MAX_STRATEGY_NUMBER }),
      );
    } else if (n.status === "ok") {
      const first = firstCell.get(n.value);
      if (first)
        issues.push(
          issueAt("duplicate-strategy-number", "error", s.ref, "number", {
            number: n.value,
            firstCell: first,
          }),
        );
      else firstCell.set(n.value, cellOf(s.ref, "number"));
    }
  }
  return issues;
};
