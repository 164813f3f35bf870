import { z } from "zod";
import { RefusalReasonSchema } from "../import/RefusalReason";
import { EditionCodeSchema } from "../model/editionCode";
import { EDITION_DATE_FIELDS } from "../model/editionDateFields";
import { SatangSchema } from "../model/money";
import { IsoDateSchema, SettingsSchema } from "../model/plan";

export const SeveritySchema = z.enum(["error", "warning"]);
export type Severity = z.infer<typeof SeveritySchema>;

export const IssueLocationSchema = z.object({ sheet: z.string(), cell: z.string() });
export type IssueLocation = z.infer<typeof IssueLocationSchema>;

// What params hold, named by meaning.
/** The cell's text exactly as the user typed it (messages quote it). */
const typed = z.string();
/** An A1 address on the issue's sheet, e.g. "D2". */
const cellAddress = z.string();
/** A1 addresses joined by ", ", e.g. "A9, A11". */
const cellList = z.string();
const projectCount = z.number().int().positive();
const wholeDays = z.number().int();
/** Baht (not satang) as a number with up to two decimals: the figures of a hand-made sheet. */
const bahtAmount = z.number();
const editionDateField = z.enum(EDITION_DATE_FIELDS);
const followUpAmountField = z.enum(["contractAmount", "disbursed"]);
/** A page or an item number of the development plan (ผ.02). */
const pageOrItem = z.number().int().nonnegative();
const devPlanNumberField = z.enum(["page", "item"]);

const valueTyped = { value: typed };
/** `nearest` is the official value the typed one nearly is (a letter or mark off): messages show where they differ. */
const valueNear = { value: typed, nearest: z.string().optional() };
const aliasOf = { value: typed, canonical: z.string() };
const projectsAt = { count: projectCount, cells: cellList };

/** Satang totals against the ordinance, per work plan or per work plan / งบ / หมวด. */
const appropriationTotals = z.union([
  z.strictObject({ workPlan: z.string(), planned: SatangSchema, appropriated: SatangSchema }),
  z.strictObject({
    workPlan: z.string(),
    budgetType: z.string(),
    expenditureCategory: z.string(),
    planned: SatangSchema,
    appropriated: SatangSchema,
  }),
]);

/** One code's issue: its params are exactly the given keys. */
const issue = <C extends string, S extends z.ZodRawShape>(code: C, params: S) =>
  z.object({
    code: z.literal(code),
    severity: SeveritySchema,
    location: IssueLocationSchema.optional(),
    params: z.strictObject(params),
  });

/** An appropriation issue: the totals of a work plan, or of one of its งบ / หมวด pairs. */
const appropriationIssue = <C extends string>(code: C) =>
  z.object({
    code: z.literal(code),
    severity: SeveritySchema,
    location: IssueLocationSchema.optional(),
    params: appropriationTotals,
  });

/**
 * A problem found in the user's plan, as data: a stable code, where, and the values its message needs.
 * This list is every issue code with its params; a new code is one line here and its Thai and English
 * messages (src/messages), which the type check then demands. Codes are stable: the CLI's JSON, tests
 * and the message tables key on them.
 */
export const IssueSchema = z.discriminatedUnion("code", [
  issue("cell-error", { value: z.string() }),
  /** A formula saved without its result (by a program that does not calculate): its value is unknown. */
  issue("formula-without-result", { formula: z.string() }),
  /** `range` is the merged area in A1, e.g. "F5:F6"; reported at its top-left cell. */
  issue("merged-cells", { range: z.string(), table: z.string() }),
  /** Rows typed under a table that did not grow, read as part of it: at the first, `lastCell` the last. */
  issue("rows-below-table", { count: projectCount, table: z.string(), lastCell: cellAddress }),
  /** A row further down, after a blank row, that looks like one of the table's rows: not read. */
  issue("row-below-not-read", { table: z.string() }),
  /** `field` is the model field (the message shows its header), `table` the template table. */
  issue("missing-value", { field: z.string(), table: z.string() }),
  issue("missing-setting", { setting: SettingsSchema.keyof() }),
  issue("missing-fiscal-year", {}),
  /** `min`/`max` are given when the year is a number outside the plausible range. */
  issue("implausible-fiscal-year", { value: typed, min: z.number().optional(), max: z.number().optional() }),
  issue("unknown-organisation-type", valueNear),
  /** `max` is given when the number is over the largest one accepted. */
  issue("unreadable-number", { value: typed, max: z.number().int().optional() }),
  issue("duplicate-strategy-number", { number: z.number().int(), firstCell: cellAddress }),
  issue("unknown-strategy", valueNear),
  issue("unknown-work-plan", valueNear),
  issue("unknown-funding-source", valueNear),
  issue("unknown-equipment-type", valueNear),
  issue("work-plan-alias", aliasOf),
  issue("funding-source-alias", aliasOf),
  issue("equipment-type-alias", aliasOf),
  issue("budget-type-alias", aliasOf),
  issue("expenditure-category-alias", aliasOf),
  issue("unit-alias", aliasOf),
  issue("organisation-type-alias", aliasOf),
  issue("unreadable-budget", valueTyped),
  issue("negative-budget", valueTyped),
  /** An amount of `limit` baht or more (MAX_BAHT): no อปท. budget comes near it. */
  issue("budget-too-large", { value: typed, limit: bahtAmount }),
  /** The amount that takes the plan's total of amounts to `limit` baht: left out of the plan. */
  issue("plan-total-too-large", { value: typed, limit: bahtAmount }),
  issue("no-month-marked", {}),
  /** Month cells holding only "-" or "0", read as not running that month: `cells` lists the row's all. */
  issue("month-none-mark", { value: typed, cells: cellList }),
  issue("unknown-budget-type", valueNear),
  issue("unknown-expenditure-category", valueNear),
  /** `field` is the empty one; `value` the other one's canonical name. */
  issue("incomplete-budget-pair", {
    field: z.enum(["budgetType", "expenditureCategory"]),
    value: z.string(),
  }),
  /** `allowed` lists the งบ's หมวด, joined by ", ". */
  issue("invalid-budget-pair", { budgetType: z.string(), value: z.string(), allowed: z.string() }),
  /** `source` is the funding source's label. */
  issue("budget-with-no-budget-source", { value: typed, source: z.string() }),
  issue("zero-budget-with-budgeted-source", { value: typed, source: z.string() }),
  /** `edition` as read ("" when unreadable); `firstCell` is the first row's name cell. */
  issue("duplicate-project", { name: z.string(), edition: z.string(), firstCell: cellAddress }),
  issue("invalid-edition-code", valueNear),
  issue("edition-not-recorded", { edition: EditionCodeSchema }),
  issue("unreadable-date", valueTyped),
  /** A date typed with a two-digit year; `meant` is the date with the B.E. year it most likely has. */
  issue("two-digit-year", { value: typed, meant: IsoDateSchema }),
  appropriationIssue("over-appropriation"),
  appropriationIssue("under-appropriation"),
  // Edition procedure (src/domain/editions): always warnings.
  issue("edition-announcement-late", {
    edition: EditionCodeSchema,
    triggerDate: IsoDateSchema,
    announcementDate: IsoDateSchema,
    dueDate: IsoDateSchema,
    daysLate: wholeDays,
  }),
  issue("edition-posting-start-late", {
    edition: EditionCodeSchema,
    announcementDate: IsoDateSchema,
    postingStart: IsoDateSchema,
    dueDate: IsoDateSchema,
    daysLate: wholeDays,
  }),
  issue("edition-posting-too-short", {
    edition: EditionCodeSchema,
    postingStart: IsoDateSchema,
    postingEnd: IsoDateSchema,
    days: wholeDays,
    minimumDays: wholeDays,
    dueDate: IsoDateSchema,
  }),
  issue("edition-dates-out-of-order", {
    edition: EditionCodeSchema,
    field: editionDateField,
    date: IsoDateSchema,
    previousField: editionDateField,
    previousDate: IsoDateSchema,
  }),
  /** `dueDate` is given when the date was due by a known day. */
  issue("edition-date-missing", {
    edition: EditionCodeSchema,
    field: editionDateField,
    dueDate: IsoDateSchema.optional(),
  }),
  issue("edition-dates-not-recorded", { edition: EditionCodeSchema }),
  // Follow-up of the year (the optional follow-up columns, src/domain/followUp): always warnings.
  issue("unknown-follow-up-status", valueNear),
  issue("follow-up-status-alias", aliasOf),
  /** A contract or disbursed amount that is not an amount, is negative, or is MAX_BAHT or more. */
  issue("unreadable-follow-up-amount", {
    value: typed,
    field: followUpAmountField,
    problem: z.enum(["unreadable", "negative", "tooLarge"]),
  }),
  issue("disbursed-over-contract", { disbursed: SatangSchema, contract: SatangSchema }),
  issue("disbursed-over-budget", { disbursed: SatangSchema, budget: SatangSchema }),
  issue("contract-over-budget", { contract: SatangSchema, budget: SatangSchema }),
  issue("completed-without-date", {}),
  /** `expected` is the contract amount (`basis` "contract"), or the budget when no contract is recorded. */
  issue("completed-not-fully-disbursed", {
    disbursed: SatangSchema,
    expected: SatangSchema,
    basis: z.enum(["contract", "budget"]),
  }),
  /** `status` as read; "" when blank (a blank status means not started). */
  issue("disbursed-not-started", { status: z.string(), disbursed: SatangSchema }),
  issue("follow-up-date-outside-year", {
    field: z.enum(["contractDate", "completionDate"]),
    date: IsoDateSchema,
    fiscalYear: z.number().int(),
  }),
  issue("completion-before-contract", { contractDate: IsoDateSchema, completionDate: IsoDateSchema }),
  /**
   * As of `asOf` the plan's months from `firstMonth` (0 = ต.ค.) on, `passedMonths` of them, have passed
   * and the project has not started; `status` as read ("" when blank).
   */
  issue("behind-schedule", {
    firstMonth: z.number().int().min(0).max(11),
    passedMonths: projectCount,
    fiscalYear: z.number().int(),
    asOf: IsoDateSchema,
    status: z.string(),
  }),
  /** A FollowUpReports row whose round is neither the 6-month nor the 12-month one. */
  issue("unknown-follow-up-round", valueTyped),
  // Reading the workbook: a template table kept as a plain range (pandas, Google Sheets export).
  issue("table-read-from-sheet", { table: z.string(), sheet: z.string() }),
  // Import of hand-made ผด.02 sheets (src/domain/import).
  issue("import-no-header", {}),
  /** `text` is the title or header that gave the sheet away. */
  issue("import-not-operational-plan", { reason: RefusalReasonSchema, text: z.string() }),
  issue("import-no-months", {}),
  issue("import-no-fiscal-year", {}),
  issue("import-fiscal-year-mismatch", { sheetYear: z.number().int(), expected: z.number().int() }),
  issue("import-subtotal-mismatch", { stated: bahtAmount, computed: bahtAmount, label: z.string() }),
  issue("import-funding-assumed", projectsAt),
  issue("import-budget-unreadable", { text: typed }),
  issue("import-no-strategy", projectsAt),
  issue("import-no-work-plan", projectsAt),
  issue("import-unknown-work-plan", { text: typed }),
  issue("import-no-months-marked", projectsAt),
  // The development-plan link (src/domain/validate/rules/devPlanLink.ts) and amendments.
  /** A page or item that is no whole number, in a project's reference or in the list. */
  issue("dev-plan-number-unreadable", { field: devPlanNumberField, value: typed }),
  /** One of page and item given, the other (`field`) blank. */
  issue("dev-plan-ref-incomplete", { field: devPlanNumberField }),
  /**
   * An own-budget project with no reference; the `suggested*` params, given together, are the list's
   * entry that fits it best (see devPlanList.suggest).
   */
  issue("dev-plan-ref-missing", {
    suggestedEdition: z.string().optional(),
    suggestedPage: pageOrItem.optional(),
    suggestedItem: pageOrItem.optional(),
    suggestedName: z.string().optional(),
  }),
  issue("dev-plan-ref-not-found", { edition: z.string(), page: pageOrItem, item: pageOrItem }),
  /** The project's name (`name`) and the listed one (`planName`) plainly name different projects. */
  issue("dev-plan-name-differs", {
    name: z.string(),
    planName: z.string(),
    edition: z.string(),
    page: pageOrItem,
    item: pageOrItem,
  }),
  /** The project's budget over what the development plan sets for this fiscal year. */
  issue("dev-plan-budget-over", {
    budget: SatangSchema,
    planned: SatangSchema,
    edition: z.string(),
    page: pageOrItem,
    item: pageOrItem,
  }),
  /** A row of the list without its page, item or project name: no reference can name it. */
  issue("dev-plan-entry-incomplete", { field: z.enum(["page", "item", "name"]) }),
  /** Two rows of the list with one edition, page and item; `firstCell` is the first one's page cell. */
  issue("dev-plan-entry-duplicate", { page: pageOrItem, item: pageOrItem, firstCell: cellAddress }),
  // Import of a hand-made ผ.02 of the development plan (src/domain/import/devplan).
  issue("devplan-import-no-header", {}),
  /** The sheet has month columns: it is an operational plan (ผด.02), imported with `import`. */
  issue("devplan-import-operational-plan", {}),
  issue("devplan-import-no-year-columns", {}),
  /** `years` lists the sheet's budget years, joined by ", ". */
  issue("devplan-import-year-not-covered", { fiscalYear: z.number().int(), years: z.string() }),
  /** No page number is typed on the sheet: its pages were counted from `firstPage`. */
  issue("devplan-import-pages-counted", { firstPage: pageOrItem, pages: projectCount }),
  issue("devplan-import-no-edition", {}),
  issue("devplan-import-budget-unreadable", { text: typed }),
  issue("devplan-import-no-item", projectsAt),
  /** A row of a later edition without เหตุผลความจำเป็น. */
  issue("amendment-reason-missing", { edition: EditionCodeSchema }),
  /** Rows of later editions in a table with no เหตุผลความจำเป็น column. */
  issue("amendment-reason-column-missing", { table: z.string(), count: projectCount }),
]);
export type Issue = z.infer<typeof IssueSchema>;
export type IssueCode = Issue["code"];

/** Every code's params: `ParamsOf<"duplicate-strategy-number">` is `{ number: number; firstCell: string }`. */
export type IssueParamsByCode = { [I in Issue as I["code"]]: I["params"] };
export type ParamsOf<C extends IssueCode> = IssueParamsByCode[C];

/**
 * The codes whose params are exactly `P`. A producer that picks one of several codes types the code
 * with this, never as the whole `IssueCode` union (with that, the params of any code would do).
 */
export type IssueCodeWith<P> = {
  [C in IssueCode]: [ParamsOf<C>] extends [P] ? ([P] extends [ParamsOf<C>] ? C : never) : never;
}[IssueCode];

/**
 * The issue of one code, or of any code in `C`. Written as a mapped type so that a function generic
 * over the code can build one (`{ code, params }` with `params: ParamsOf<C>`) without a cast. While `C`
 * is still generic it does not widen to `Issue`, so generic helpers return it and callers, whose code
 * is known, store it as an `Issue`.
 */
export type IssueOf<C extends IssueCode> = {
  [K in C]: { code: K; severity: Severity; location?: IssueLocation | undefined; params: ParamsOf<K> };
}[C];

// Read through a plain type: mapping over the 52 zod option types themselves doubles the type check.
const options: readonly { readonly shape: { readonly code: { readonly value: IssueCode } } }[] =
  IssueSchema.options;
export const ISSUE_CODES: readonly IssueCode[] = options.map((option) => option.shape.code.value);
