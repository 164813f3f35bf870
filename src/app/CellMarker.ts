import type { Severity } from "../domain/validate/Issue";

/** One cell to mark in a copy of a workbook: a fill by severity and a note the user reads in Excel. */
export interface CellMark {
  readonly sheet: string;
  /** A1 address, e.g. "F12". */
  readonly cell: string;
  readonly severity: Severity;
  /** The note's text (the issues' messages, one per line). */
  readonly note: string;
}

export interface MarkCellsResult {
  /** Cells marked (fill and note). */
  readonly marked: number;
  /** Marks that were not made: their sheet is not in the workbook, is not a worksheet, or the address is not a cell. */
  readonly skipped: readonly CellMark[];
}

/**
 * Marking the problem cells of a workbook file, for the user to fix in their own spreadsheet program
 * (the offline page's marked copy). The file adapter implements it; the live workbook has its own
 * highlights (CellNavigator).
 */
export interface CellMarker {
  /** Fills each cell (its other formatting kept) and gives it the note, after any note it already has. */
  markCells(marks: readonly CellMark[]): Promise<MarkCellsResult>;
}
