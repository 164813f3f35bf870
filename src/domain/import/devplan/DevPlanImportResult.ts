import { z } from "zod";
import { SatangSchema } from "../../model/money";
import { IssueSchema } from "../../validate/Issue";
import { SkippedRowSchema } from "../ImportResult";

/** One project of a hand-made ผ.02 as the DevPlanProjects table takes it, with where it came from. */
export const ImportedDevPlanEntrySchema = z.object({
  /** The plan book in the tool's form (`2566–2570`, `2566–2570 เพิ่มเติม 1/2568`); "" when the sheet does not say. */
  edition: z.string(),
  page: z.number().int().nonnegative(),
  item: z.number().int().nonnegative(),
  strategyNumber: z.number().int().positive().nullable(),
  /** Canonical work plan, or the heading as typed, or "" under no heading. */
  workPlan: z.string(),
  name: z.string(),
  /** This fiscal year's column; null when the row has no figure in any year (none was typed). */
  budget: SatangSchema.nonnegative().nullable(),
  /** A1 address of the project's ที่ cell. */
  cell: z.string(),
});
export type ImportedDevPlanEntry = z.infer<typeof ImportedDevPlanEntrySchema>;

/** What `importDevPlanSheet` found; `entries` is empty when the sheet was refused (see `issues`). */
export const DevPlanImportResultSchema = z.object({
  sheet: z.string(),
  fiscalYear: z.number().int(),
  /** The plan book the title names (tool's form), "" when it names none. */
  edition: z.string(),
  /** The budget years of the sheet, in column order. */
  years: z.array(z.number().int()),
  entries: z.array(ImportedDevPlanEntrySchema),
  skipped: z.array(SkippedRowSchema),
  issues: z.array(IssueSchema),
});
export type DevPlanImportResult = z.infer<typeof DevPlanImportResultSchema>;
