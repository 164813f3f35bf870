import type { Issue, IssueCode, ParamsOf } from "../domain/validate/Issue";
import { EN_MESSAGES } from "./en";
import type { Language } from "./Language";
import type { IssueMessages } from "./IssueMessages";
import { TH_MESSAGES } from "./th";

/**
 * The display text of an issue in Thai or English. Every code has both messages (the type check
 * proves it), so there is no fallback.
 * @example formatIssue({ code: "work-plan-alias", severity: "warning", params: { value: "แผนงานการพานิชย์", canonical: "แผนงานการพาณิชย์" } }, "th")
 * //=> 'แผนงาน "แผนงานการพานิชย์" สะกดไม่ตรงแบบ ใช้ "แผนงานการพาณิชย์" แทน'
 */
export function formatIssue(issue: Issue, lang: Language): string {
  return render(issue, lang === "th" ? TH_MESSAGES : EN_MESSAGES);
}

// Generic over the code so the message looked up and the params passed are of the same code.
function render<C extends IssueCode>(
  issue: { code: C; params: ParamsOf<C> },
  messages: IssueMessages,
): string {
  const message: (p: ParamsOf<C>) => string = messages[issue.code];
  return message(issue.params);
}
