import { cellOf, type SourceRef } from "../../model/SourceRef";
import { compact, toArabicDigits } from "../../parse/normaliseText";
import { valueOf } from "../../parse/Reading";
import type { Issue } from "../Issue";
import { issueAt } from "../issueAt";
import type { Rule } from "../Rule";

// Text of only Thai, digits, ASCII punctuation and lower-case letters has no case to fold; skipping
// toLowerCase for it saves a copy per row on large plans.
const WITHOUT_CASE = /^[\u0021-\u0040\u005b-\u00bf\u0e00-\u0e7f]*$/u;

const caseless = (text: string): string => (WITHOUT_CASE.test(text) ? text : text.toLowerCase());

/**
 * The same project twice in one edition is a warning (names compared ignoring spaces and Thai/Arabic
 * digits), pointing at the later row and naming the first.
 */
export const duplicateProject: Rule = ({ parsed }) => {
  // First rows by edition, then by name key (no joined key strings to build and hash per row); a
  // first row's cell is only spelled out when a duplicate is found.
  const firstRows = new Map<string, Map<string, SourceRef>>();
  const issues: Issue[] = [];
  for (const p of parsed.projects) {
    const edition = valueOf(p.edition);
    if (p.name === "" || edition === undefined) continue;
    const key = caseless(compact(toArabicDigits(p.name)));
    let firstRow = firstRows.get(edition);
    if (!firstRow) {
      firstRow = new Map();
      firstRows.set(edition, firstRow);
    }
    const first = firstRow.get(key);
    if (first) {
      const firstCell = cellOf(first, "name");
      issues.push(
        issueAt("duplicate-project", "warning", p.ref, "name", { name: p.name, edition, firstCell }),
      );
    } else firstRow.set(key, p.ref);
  }
  return issues;
};
