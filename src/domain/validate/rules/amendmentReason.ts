import { parseEditionCode, MAIN_EDITION, type EditionCode } from "../../model/editionCode";
import type { ParsedItem } from "../../parse/ParsedWorkbook";
import { valueOf } from "../../parse/Reading";
import type { Issue } from "../Issue";
import { issueAt } from "../issueAt";
import type { Rule } from "../Rule";

/**
 * A row of a later edition (เพิ่มเติม / เปลี่ยนแปลง / แก้ไข) must say why it is added or changed: a blank
 * เหตุผลความจำเป็น is a warning at that cell; a table without the column gets one warning, at its first
 * such row, counting them.
 */
export const amendmentReason: Rule = ({ parsed }) => [
  ...reasonsOf(parsed.projects),
  ...reasonsOf(parsed.equipment),
];

function reasonsOf(rows: readonly ParsedItem[]): Issue[] {
  const issues: Issue[] = [];
  const withoutColumn: ParsedItem[] = [];
  for (const row of rows) {
    const edition = laterEdition(valueOf(row.edition));
    if (edition === null) continue;
    if (row.amendmentReason === null) withoutColumn.push(row);
    else if (row.amendmentReason === "")
      issues.push(issueAt("amendment-reason-missing", "warning", row.ref, "amendmentReason", { edition }));
  }
  const [first] = withoutColumn;
  if (first)
    issues.push(
      issueAt("amendment-reason-column-missing", "warning", first.ref, "edition", {
        table: first.ref.table,
        count: withoutColumn.length,
      }),
    );
  return issues;
}

function laterEdition(code: EditionCode | undefined): EditionCode | null {
  if (code === undefined || code === MAIN_EDITION) return null;
  return parseEditionCode(code)?.kind === MAIN_EDITION ? null : code;
}
