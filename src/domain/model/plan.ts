import { z } from "zod";
import { EditionCodeSchema, EditionKindSchema } from "./editionCode";
import { FollowUpSchema } from "./followUp";
import { FollowUpReportSchema } from "./followUpReport";
import { FundingSourceCodeSchema } from "./fundingSources";
import { SatangSchema } from "./money";
import { MonthMaskSchema } from "./months";
import { SourceRefSchema } from "./SourceRef";

/** B.E. dates are kept as Gregorian ISO dates (YYYY-MM-DD) inside; Thai display happens at the edge. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);
export type IsoDate = z.infer<typeof IsoDateSchema>;

export const OrganisationTypeSchema = z.enum(["อบต.", "เทศบาลตำบล", "เทศบาลเมือง", "เทศบาลนคร", "อบจ."]);
export type OrganisationType = z.infer<typeof OrganisationTypeSchema>;

/** Table `PlanSettings` (sheet ตั้งค่า). Missing text settings are empty strings (rules warn). */
export const SettingsSchema = z.object({
  organisationName: z.string(),
  organisationType: OrganisationTypeSchema.nullable(),
  amphoe: z.string(),
  changwat: z.string(),
  /** B.E. year the fiscal year ends in, e.g. 2570 = 1 Oct 2569 – 30 Sep 2570. */
  fiscalYear: z.number().int(),
  executiveName: z.string(),
  executivePosition: z.string(),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** Plans have a handful of strategies; a number over this is a typing slip (it would print as 1e+21). */
export const MAX_STRATEGY_NUMBER = 999;

/** Table `Strategies` (sheet ยุทธศาสตร์). */
export const StrategySchema = z.object({
  number: z.number().int().positive().max(MAX_STRATEGY_NUMBER),
  name: z.string().min(1),
  source: SourceRefSchema.optional(),
});
export type Strategy = z.infer<typeof StrategySchema>;

/**
 * Where a project comes from in the local development plan (its ผ.02 list): the plan book as typed
 * (`2566–2570`, `เพิ่มเติม 1/2568`; "" when not given), page and item. Read from the optional columns.
 */
export const DevPlanRefSchema = z.object({
  edition: z.string(),
  page: z.number().int().nonnegative(),
  item: z.number().int().nonnegative(),
});
export type DevPlanRef = z.infer<typeof DevPlanRefSchema>;

/** Table `DevPlanProjects` (sheet แผนพัฒนา), optional: one project of the development plan's list. */
export const DevPlanProjectSchema = z.object({
  /** The plan book as typed (see devPlanEdition); "" when the row does not say. */
  edition: z.string(),
  page: z.number().int().nonnegative(),
  item: z.number().int().nonnegative(),
  strategyNumber: z.number().int().positive().nullable(),
  /** Canonical work plan, or as typed when it is not in the catalog; "" when blank. */
  workPlan: z.string(),
  name: z.string().min(1),
  /** What the plan sets for this fiscal year; null when the cell is blank. */
  budget: SatangSchema.nonnegative().nullable(),
  source: SourceRefSchema.optional(),
});
export type DevPlanProject = z.infer<typeof DevPlanProjectSchema>;

/** Table `Projects` (sheet โครงการ): one development project or activity (→ ผด.01, ผด.02). */
export const ProjectSchema = z.object({
  /** `ที่` as typed; display only. */
  seq: z.string(),
  strategyNumber: z.number().int().positive(),
  /** Canonical catalog name, e.g. แผนงานการศึกษา. */
  workPlan: z.string().min(1),
  name: z.string().min(1),
  activityDetail: z.string(),
  budget: SatangSchema.nonnegative(),
  fundingSource: FundingSourceCodeSchema,
  location: z.string(),
  responsibleUnit: z.string(),
  months: MonthMaskSchema,
  edition: EditionCodeSchema,
  /** งบ and หมวด, when given (validated as a pair). */
  budgetType: z.string().optional(),
  expenditureCategory: z.string().optional(),
  note: z.string(),
  /** The development-plan reference, when its page and item are given (optional columns). */
  devPlanRef: DevPlanRefSchema.optional(),
  /** เหตุผลความจำเป็น, when the optional column is there. */
  amendmentReason: z.string().optional(),
  source: SourceRefSchema.optional(),
  /** The follow-up columns (optional: a plan read without them, or built in code, has none). */
  followUp: FollowUpSchema.optional(),
});
export type Project = z.infer<typeof ProjectSchema>;

/** Table `Equipment` (sheet ครุภัณฑ์): equipment bought outside a project (→ ผด.02/1); หมวด ค่าครุภัณฑ์. */
export const EquipmentSchema = z.object({
  seq: z.string(),
  workPlan: z.string().min(1),
  /** Canonical type name, one of the 16 ประเภทครุภัณฑ์. */
  equipmentType: z.string().min(1),
  item: z.string().min(1),
  detail: z.string(),
  budget: SatangSchema.nonnegative(),
  fundingSource: FundingSourceCodeSchema,
  location: z.string(),
  responsibleUnit: z.string(),
  months: MonthMaskSchema,
  edition: EditionCodeSchema,
  note: z.string(),
  /** เหตุผลความจำเป็น, when the optional column is there. */
  amendmentReason: z.string().optional(),
  source: SourceRefSchema.optional(),
  followUp: FollowUpSchema.optional(),
});
export type Equipment = z.infer<typeof EquipmentSchema>;

/** Table `BudgetLines` (sheet งบตามข้อบัญญัติ): the ordinance's appropriations to reconcile against. */
export const BudgetLineSchema = z.object({
  workPlan: z.string().min(1),
  budgetType: z.string().optional(),
  expenditureCategory: z.string().optional(),
  amount: SatangSchema.nonnegative(),
  source: SourceRefSchema.optional(),
});
export type BudgetLine = z.infer<typeof BudgetLineSchema>;

export const EditionTriggerSchema = z.enum([
  "budgetOrdinance",
  "supplementaryBudget",
  "accumulatedFunds",
  "specificGrant",
  "agencyNotice",
  "other",
]);
export type EditionTrigger = z.infer<typeof EditionTriggerSchema>;

/** Table `Editions` (sheet ฉบับ), optional: the record of each edition and its procedure dates. */
export const EditionSchema = z.object({
  code: EditionCodeSchema,
  kind: EditionKindSchema,
  number: z.number().int().positive().nullable(),
  trigger: EditionTriggerSchema.nullable(),
  triggerText: z.string(),
  triggerDate: IsoDateSchema.nullable(),
  draftDate: IsoDateSchema.nullable(),
  committeeReviewDate: IsoDateSchema.nullable(),
  approvalDate: IsoDateSchema.nullable(),
  announcementDate: IsoDateSchema.nullable(),
  postingStart: IsoDateSchema.nullable(),
  postingEnd: IsoDateSchema.nullable(),
  source: SourceRefSchema.optional(),
});
export type Edition = z.infer<typeof EditionSchema>;

/** The whole plan as read from the template: only rows whose key fields could be interpreted. */
export const PlanSchema = z.object({
  settings: SettingsSchema,
  strategies: z.array(StrategySchema),
  projects: z.array(ProjectSchema),
  equipment: z.array(EquipmentSchema),
  budgetLines: z.array(BudgetLineSchema),
  /** Editions from the Editions table when present, else derived from the ฉบับ column (dates null). */
  editions: z.array(EditionSchema),
  /** The optional FollowUpReports table: when each follow-up round was presented and posted. */
  followUpReports: z.array(FollowUpReportSchema).optional(),
  /** The development plan's project list (table DevPlanProjects); absent when the table is. */
  devPlanProjects: z.array(DevPlanProjectSchema).optional(),
});
export type Plan = z.infer<typeof PlanSchema>;
