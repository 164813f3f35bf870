import { issueAtCell } from "../issueAt";
import type { Rule } from "../Rule";

/** A spreadsheet error value (#REF!, #N/A, #VALUE! …) in any used cell of a template table is an error. */
export const cellErrorValues: Rule = ({ parsed }) =>
  parsed.cellErrors.map((e) => issueAtCell("cell-error", "error", e.sheet, e.cell, { value: e.error }));
