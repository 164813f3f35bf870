import type { Issue } from "../../domain/validate/Issue";
import { formatIssue } from "../../messages/formatIssue";
import type { Language } from "../i18n/strings";
import type { Strings } from "../i18n/th";

/** Display text of an issue; a message that cannot be made still shows the code, never a blank row. */
export function issueText(issue: Issue, language: Language, strings: Strings): string {
  try {
    const text = formatIssue(issue, language);
    if (text.trim() !== "") return text;
  } catch {
    // A message template that trips on unexpected params must not take the whole list down.
  }
  return strings.errors.issueFallback(issue.code);
}
