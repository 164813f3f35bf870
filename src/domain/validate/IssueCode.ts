import { z } from "zod";

/**
 * Every issue code the plan rules raise. Stable: the CLI's JSON, tests and the message tables key on
 * them. `Issue.code` stays a string so other checkers (e.g. edition deadlines) can add their own codes.
 */
export const IssueCodeSchema = z.enum([
  "cell-error",
  "missing-value",
  "missing-setting",
  "missing-fiscal-year",
  "implausible-fiscal-year",
  "unknown-organisation-type",
  "unreadable-number",
  "duplicate-strategy-number",
  "unknown-strategy",
  "unknown-work-plan",
  "unknown-funding-source",
  "unknown-equipment-type",
  "work-plan-alias",
  "funding-source-alias",
  "equipment-type-alias",
  "budget-type-alias",
  "expenditure-category-alias",
  "unit-alias",
  "organisation-type-alias",
  "unreadable-budget",
  "negative-budget",
  "no-month-marked",
  "unknown-budget-type",
  "unknown-expenditure-category",
  "incomplete-budget-pair",
  "invalid-budget-pair",
  "budget-with-no-budget-source",
  "zero-budget-with-budgeted-source",
  "duplicate-project",
  "invalid-edition-code",
  "edition-not-recorded",
  "unreadable-date",
  "over-appropriation",
  "under-appropriation",
  // Edition procedure (src/domain/editions): always warnings.
  "edition-announcement-late",
  "edition-posting-start-late",
  "edition-posting-too-short",
  "edition-dates-out-of-order",
  "edition-date-missing",
  "edition-dates-not-recorded",
  // Import of hand-made ผด.02 sheets (src/domain/import).
  "import-no-header",
  "import-not-operational-plan",
  "import-no-months",
  "import-no-fiscal-year",
  "import-fiscal-year-mismatch",
  "import-subtotal-mismatch",
  "import-funding-assumed",
  "import-budget-unreadable",
  "import-no-strategy",
  "import-no-work-plan",
  "import-unknown-work-plan",
  "import-no-months-marked",
]);
export type IssueCode = z.infer<typeof IssueCodeSchema>;

export const ISSUE_CODES: readonly IssueCode[] = IssueCodeSchema.options;
