import { z } from "zod";
import { EditionCodeSchema } from "../model/editionCode";
import { FundingSourceCodeSchema } from "../model/fundingSources";
import { SatangSchema } from "../model/money";
import { MonthMaskSchema } from "../model/months";
import { SourceRefSchema } from "../model/SourceRef";
import { ISSUE_CODES, IssueSchema, type IssueCode } from "../validate/Issue";

/** Why a row of the hand-made sheet was not imported as a project (rows above the header are not listed). */
export const SkipReasonSchema = z.enum([
  "blank",
  "repeated-header",
  "total",
  "edition-marker",
  "orphan-continuation",
  "unrecognised",
  // The development plan's ผ.02 (import/devplan): its typed page numbers, the national and provincial
  // strategy lines above each table, and projects without their number.
  "page-number",
  "context",
  "no-item",
]);
export type SkipReason = z.infer<typeof SkipReasonSchema>;

/** Issue codes the importer emits, `import-*` in IssueSchema (display text is made in src/messages). */
export type ImportIssueCode = Extract<IssueCode, `import-${string}`>;
const isImportIssueCode = (code: IssueCode): code is ImportIssueCode => code.startsWith("import-");
export const IMPORT_ISSUE_CODES: readonly ImportIssueCode[] = ISSUE_CODES.filter(isImportIssueCode);

export const ImportedStrategySchema = z.object({
  number: z.number().int().positive(),
  name: z.string().min(1),
  /** A1 address of the group row's text, e.g. "A8". */
  cell: z.string(),
});
export type ImportedStrategy = z.infer<typeof ImportedStrategySchema>;

/**
 * One project as read from the hand-made sheet: the Projects table's fields, plus where it
 * came from. Strategy and work plan may be missing when the sheet has no group rows above the project.
 */
export const ImportedProjectSchema = z.object({
  seq: z.string(),
  strategyNumber: z.number().int().positive().nullable(),
  /** Canonical catalog name, or the heading as typed when it is not in the catalog, or "" when none. */
  workPlan: z.string(),
  name: z.string(),
  activityDetail: z.string(),
  budget: SatangSchema.nonnegative(),
  fundingSource: FundingSourceCodeSchema,
  /** True when no note named the source and the ordinance (ORD) was assumed. */
  fundingAssumed: z.boolean(),
  location: z.string(),
  responsibleUnit: z.string(),
  months: MonthMaskSchema,
  edition: EditionCodeSchema,
  note: z.string(),
  /** A1 address of the project's first cell (its ที่ cell), e.g. "A12". */
  cell: z.string(),
  source: SourceRefSchema,
});
export type ImportedProject = z.infer<typeof ImportedProjectSchema>;

export const SkippedRowSchema = z.object({ cell: z.string(), reason: SkipReasonSchema });
export type SkippedRow = z.infer<typeof SkippedRowSchema>;

/** What `importPd02Sheet` found; `projects` is empty when the sheet was refused (see `issues`). */
export const ImportResultSchema = z.object({
  sheet: z.string(),
  /** Fiscal year from the month header, else the title, else the caller's option; null when unknown. */
  fiscalYear: z.number().int().nullable(),
  /** Non-blank text rows above the header (form code, title, organisation). */
  titleLines: z.array(z.string()),
  strategies: z.array(ImportedStrategySchema),
  projects: z.array(ImportedProjectSchema),
  rowsImported: z.number().int().nonnegative(),
  skipped: z.array(SkippedRowSchema),
  issues: z.array(IssueSchema),
});
export type ImportResult = z.infer<typeof ImportResultSchema>;
