import { cellOf, type SourceRef } from "../../../model/SourceRef";
import type { ParsedWorkbook } from "../../../parse/ParsedWorkbook";

/** Cells whose value is unknown (an error value, a formula without its result), asked by row and field. */
export interface UnknownCells {
  has(ref: SourceRef, field: string): boolean;
  hasCell(sheet: string, cell: string): boolean;
}

// Most plans have none: then no set is built.
const NONE: UnknownCells = { has: () => false, hasCell: () => false };

/**
 * The cells reported as error values or formulas without a result: rules that would call such a
 * cell empty ("missing", "no month marked") skip it, since its value is not known to be empty.
 */
export function unknownCells(parsed: ParsedWorkbook): UnknownCells {
  if (parsed.cellErrors.length === 0 && parsed.formulas.length === 0) return NONE;
  const cells = new Set([...parsed.cellErrors, ...parsed.formulas].map((c) => `${c.sheet}!${c.cell}`));
  const hasCell = (sheet: string, cell: string): boolean => cells.has(`${sheet}!${cell}`);
  return { has: (ref, field) => hasCell(ref.sheet, cellOf(ref, field)), hasCell };
}
