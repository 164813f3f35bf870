import type { Issue, IssueLocation } from "../domain/validate/Issue";

/**
 * Moving the user's eye to cells of the live workbook: the Office adapter implements it; files
 * (the CLI) have nothing to navigate, so the use cases never depend on it.
 */
export interface CellNavigator {
  /** Activates the sheet and selects the cell. */
  selectCell(location: IssueLocation): Promise<void>;
  /** Marks the cells of these issues without destroying the user's own formatting. */
  highlightIssues(issues: readonly Issue[]): Promise<void>;
  /** Removes every highlight added by `highlightIssues`. */
  clearHighlights(): Promise<void>;
}
