import type { Issue } from "../domain/validate/Issue";
import { formatIssue } from "../messages/formatIssue";
import type { Language } from "../messages/Language";
import { severityLabel } from "../messages/severityLabel";
import type { CellMark, CellMarker } from "./CellMarker";

export interface MarkIssuesReport {
  /** Cells marked (several issues at one cell share its note). */
  readonly cells: number;
  /** Issues shown at their cell. */
  readonly marked: number;
  /**
   * Issues the copy cannot show at a cell: about the whole workbook (no location), or on a sheet the
   * file does not have as a worksheet. The page lists them; the copy does not.
   */
  readonly unmarked: readonly Issue[];
}

/**
 * Marks every located issue at its cell (fill by severity, the message as a note in the user's
 * language), for a copy the user fixes in their own spreadsheet program.
 */
export async function markIssueCells(
  marker: CellMarker,
  issues: readonly Issue[],
  language: Language,
): Promise<MarkIssuesReport> {
  const located = issues.flatMap((issue) => {
    if (!issue.location) return [];
    const mark: CellMark = {
      sheet: issue.location.sheet,
      cell: issue.location.cell,
      severity: issue.severity,
      note: `${severityLabel(issue.severity, language)}: ${formatIssue(issue, language)}`,
    };
    return [{ issue, mark }];
  });
  const result = await marker.markCells(located.map((l) => l.mark));
  const skipped = new Set(result.skipped);
  const unmarked = [
    ...issues.filter((issue) => !issue.location),
    ...located.filter((l) => skipped.has(l.mark)).map((l) => l.issue),
  ];
  return { cells: result.marked, marked: issues.length - unmarked.length, unmarked };
}
