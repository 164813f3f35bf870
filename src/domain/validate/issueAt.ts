import { cellOf, type SourceRef } from "../model/SourceRef";
import type { Issue, Severity } from "./Issue";
import type { IssueCode } from "./IssueCode";

export type IssueParams = Issue["params"];

/** An issue pointing at a field of a source row: `issueAt("no-month-marked", "error", ref, "months")`. */
export function issueAt(
  code: IssueCode,
  severity: Severity,
  ref: SourceRef,
  field: string,
  params: IssueParams = {},
): Issue {
  return { code, severity, location: { sheet: ref.sheet, cell: cellOf(ref, field) }, params };
}

/** An issue pointing at a known cell. */
export function issueAtCell(
  code: IssueCode,
  severity: Severity,
  sheet: string,
  cell: string,
  params: IssueParams = {},
): Issue {
  return { code, severity, location: { sheet, cell }, params };
}
