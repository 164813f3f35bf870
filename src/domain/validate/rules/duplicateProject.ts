import { cellOf } from "../../model/SourceRef";
import { compact, toArabicDigits } from "../../parse/normaliseText";
import { valueOf } from "../../parse/Reading";
import type { Issue } from "../Issue";
import { issueAt } from "../issueAt";
import type { Rule } from "../Rule";

/**
 * The same project twice in one edition is a warning (names compared ignoring spaces and Thai/Arabic
 * digits), pointing at the later row and naming the first.
 */
export const duplicateProject: Rule = ({ parsed }) => {
  const firstCell = new Map<string, string>();
  const issues: Issue[] = [];
  for (const p of parsed.projects) {
    const edition = valueOf(p.edition);
    if (p.name === "" || edition === undefined) continue;
    const key = `${edition}\u0000${compact(toArabicDigits(p.name)).toLowerCase()}`;
    const first = firstCell.get(key);
    if (first)
      issues.push(
        issueAt("duplicate-project", "warning", p.ref, "name", { name: p.name, edition, firstCell: first }),
      );
    else firstCell.set(key, cellOf(p.ref, "name"));
  }
  return issues;
};
