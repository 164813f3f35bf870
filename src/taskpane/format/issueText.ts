import type { Issue } from "../../domain/validate/Issue";
import { formatIssue } from "../../messages/formatIssue";
import type { Language } from "../../messages/Language";
import type { Strings } from "../i18n/th";

/**
 * Display text of an issue. Every code has its messages (the type check proves it); this guard only
 * keeps one message that throws or comes out blank from taking the list down: it shows the code.
 */
export function issueText(issue: Issue, language: Language, strings: Strings): string {
  try {
    const text = formatIssue(issue, language);
    if (text.trim() !== "") return text;
  } catch {
    // Shown as its code below.
  }
  return strings.errors.issueFallback(issue.code);
}
