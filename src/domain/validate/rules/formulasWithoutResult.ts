import { issueAtCell } from "../issueAt";
import type { Rule } from "../Rule";

/**
 * A formula saved without its result (openpyxl, pandas and other scripts save formulas so) in a cell
 * the parser reads is an error at the cell: its value is unknown, so it is neither blank nor 0.
 */
export const formulasWithoutResult: Rule = ({ parsed }) =>
  parsed.formulas.map((f) =>
    issueAtCell("formula-without-result", "error", f.sheet, f.cell, { formula: f.formula }),
  );
