import type { Issue } from "../domain/validate/Issue";
import { IssueCodeSchema } from "../domain/validate/IssueCode";
import { EN_MESSAGES } from "./en";
import type { Language } from "./fieldLabels";
import { TH_MESSAGES } from "./th";

/**
 * The display text of an issue in Thai or English. Codes from other checkers that have no message
 * yet read as the code with its values, never as an empty string.
 * @example formatIssue({ code: "work-plan-alias", severity: "warning", params: { value: "แผนงานการพานิชย์", canonical: "แผนงานการพาณิชย์" } }, "th")
 * //=> 'แผนงาน "แผนงานการพานิชย์" สะกดไม่ตรงแบบ ใช้ "แผนงานการพาณิชย์" แทน'
 */
export function formatIssue(issue: Issue, lang: Language): string {
  const code = IssueCodeSchema.safeParse(issue.code);
  if (!code.success) {
    const values = Object.entries(issue.params).map(([k, v]) => `${k}: ${String(v)}`);
    return values.length === 0 ? issue.code : `${issue.code} (${values.join(", ")})`;
  }
  const messages = lang === "th" ? TH_MESSAGES : EN_MESSAGES;
  return messages[code.data](issue.params);
}
