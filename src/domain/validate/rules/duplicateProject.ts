import { cellOf } from "../../model/SourceRef";
import { valueOf } from "../../parse/Reading";
import type { Issue } from "../Issue";
import { issueAt } from "../issueAt";
import type { Rule } from "../Rule";
import { forEachRepeatedName } from "./_lib/forEachRepeatedName";

/**
 * The same project twice in one edition is a warning (names compared ignoring spaces and Thai/Arabic
 * digits, and the case of Latin letters), pointing at the later row and naming the first.
 */
export const duplicateProject: Rule = ({ parsed }) => {
  const issues: Issue[] = [];
  forEachRepeatedName(
    parsed.projects,
    (p) => valueOf(p.edition),
    (p, first) => {
      const params = {
        name: p.name,
        edition: valueOf(p.edition) ?? "",
        firstCell: cellOf(first.ref, "name"),
      };
      issues.push(issueAt("duplicate-project", "warning", p.ref, "name", params));
    },
  );
  return issues;
};
