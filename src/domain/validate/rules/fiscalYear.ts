import { issueAtCell } from "../issueAt";
import type { Rule } from "../Rule";

/** Plausible B.E. fiscal years; a Gregorian year (2026) or a typo (257) falls outside. */
export const FISCAL_YEAR_RANGE = { min: 2500, max: 2700 } as const;

/** The fiscal year must be given and be a plausible B.E. year: every date and title depends on it. */
export const fiscalYear: Rule = ({ parsed }) => {
  const { settings } = parsed;
  const reading = settings.fiscalYear;
  const cell = settings.cells.fiscalYear ?? settings.tableCell;
  if (reading.status === "blank")
    return [issueAtCell("missing-fiscal-year", "error", settings.sheet, cell, {})];
  if (reading.status === "invalid") {
    return [issueAtCell("implausible-fiscal-year", "error", settings.sheet, cell, { value: reading.text })];
  }
  if (reading.status === "cellError" || reading.status === "formula") return [];
  const { min, max } = FISCAL_YEAR_RANGE;
  return reading.value < min || reading.value > max
    ? [
        issueAtCell("implausible-fiscal-year", "error", settings.sheet, cell, {
          value: reading.text,
          min,
          max,
        }),
      ]
    : [];
};
