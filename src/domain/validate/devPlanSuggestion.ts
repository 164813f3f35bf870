import type { Issue } from "./Issue";

/** The reference a `dev-plan-ref-missing` issue suggests: what to write in the project's link columns. */
export interface DevPlanRefSuggestion {
  readonly edition: string;
  readonly page: number;
  readonly item: number;
  /** The listed project's name, to show beside the suggestion. */
  readonly name: string;
}

/** The suggested reference of an issue, or null (another code, or no match in the list). */
export function suggestionOf(issue: Issue): DevPlanRefSuggestion | null {
  if (issue.code !== "dev-plan-ref-missing") return null;
  const { suggestedEdition, suggestedPage, suggestedItem, suggestedName } = issue.params;
  if (suggestedPage === undefined || suggestedItem === undefined) return null;
  return {
    edition: suggestedEdition ?? "",
    page: suggestedPage,
    item: suggestedItem,
    name: suggestedName ?? "",
  };
}
