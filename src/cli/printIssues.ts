import { suggestionOf, type DevPlanRefSuggestion } from "../domain/validate/devPlanSuggestion";
import type { Issue, IssueCode, Severity } from "../domain/validate/Issue";
import { formatIssue } from "../messages/formatIssue";
import type { CliContext } from "./CliContext";
import type { Language } from "../messages/Language";

/** One issue as `validate --json` prints it (a published format: keep its fields); no location → null sheet and cell. */
export interface IssueJson {
  readonly severity: Severity;
  readonly code: IssueCode;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly message: string;
  /**
   * Only on `dev-plan-ref-missing` with a match in the list: the reference to fill in (the row's
   * `แผนพัฒนาท้องถิ่น (ฉบับ)`, `(หน้า)`, `(ลำดับ)`) and the listed name. An extra field: the five above stay.
   */
  readonly suggestion?: DevPlanRefSuggestion;
}

export function issueJson(issue: Issue, lang: Language): IssueJson {
  const suggestion = suggestionOf(issue);
  return {
    severity: issue.severity,
    code: issue.code,
    sheet: issue.location?.sheet ?? null,
    cell: issue.location?.cell ?? null,
    message: formatIssue(issue, lang),
    ...(suggestion ? { suggestion } : {}),
  };
}

/** One issue in one tab-separated line: severity, Sheet!Cell (or -), message. */
export function issueLine(issue: Issue, context: CliContext): string {
  const where = issue.location ? `${issue.location.sheet}!${issue.location.cell}` : "-";
  const severity = issue.severity === "error" ? context.text.error : context.text.warning;
  return `${severity}\t${where}\t${formatIssue(issue, context.lang)}`;
}

/** Every issue in a line, then the counts (or "no problems"). */
export function printIssues(
  issues: readonly Issue[],
  context: CliContext,
  print: (text: string) => void,
): void {
  for (const issue of issues) print(issueLine(issue, context));
  const errors = issues.filter((i) => i.severity === "error").length;
  print(issues.length === 0 ? context.text.noIssues : context.text.counts(errors, issues.length - errors));
}
