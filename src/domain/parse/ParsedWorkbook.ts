import type { EditionDateField } from "../model/editionDateFields";
import type { FollowUpReportDateField, FollowUpRound } from "../model/followUpReport";
import type { FollowUpStatus } from "../catalog/followUpStatuses";
import type { EditionCode } from "../model/editionCode";
import type { FundingSourceCode } from "../model/fundingSources";
import type { Satang } from "../model/money";
import type { MonthMask } from "../model/months";
import type { EditionTrigger, IsoDate, OrganisationType } from "../model/plan";
import type { SourceRef } from "../model/SourceRef";
import type { SETTING_KEYS } from "../template/templateSpec";
import type { Reading } from "./Reading";

/**
 * The template as read, before any judgement: every non-blank row with how each cell was understood.
 * Rules look at this (to point at cells and quote what was typed); the Plan is built from it.
 */
export type SettingKey = keyof typeof SETTING_KEYS;

export interface ParsedSettings {
  readonly sheet: string;
  /** A1 of the table's header cell, for settings whose key row is missing. */
  readonly tableCell: string;
  /** Value cell of each key row found, e.g. { fiscalYear: "B6" }. */
  readonly cells: Readonly<Partial<Record<SettingKey, string>>>;
  /** Text settings as typed (trimmed); "" when missing. */
  readonly texts: Readonly<Record<SettingKey, string>>;
  readonly fiscalYear: Reading<number>;
  readonly organisationType: Reading<OrganisationType>;
}

export interface ParsedStrategy {
  readonly ref: SourceRef;
  readonly number: Reading<number>;
  readonly name: string;
}

export interface ParsedItem {
  readonly ref: SourceRef;
  readonly seq: string;
  readonly workPlan: Reading<string>;
  readonly budget: Reading<Satang>;
  readonly fundingSource: Reading<FundingSourceCode>;
  readonly location: string;
  /** Units not in the catalog read as "ok" with the typed text: other agencies are fine. */
  readonly responsibleUnit: Reading<string>;
  readonly months: MonthMask;
  /** Month cells holding only a "none" mark ("-", "0"), read as not running: the first mark as typed, every cell. */
  readonly noneMarks: { readonly text: string; readonly cells: readonly string[] } | null;
  readonly edition: Reading<EditionCode>;
  readonly note: string;
  /** เหตุผลความจำเป็น as typed; null when the table has no such column. */
  readonly amendmentReason: string | null;
  /** The optional follow-up columns as read (all blank when the table lacks them). */
  readonly followUp: ParsedFollowUp;
}

/** The follow-up cells of a row: status, contract, disbursement, completion, problems. */
export interface ParsedFollowUp {
  readonly status: Reading<FollowUpStatus>;
  readonly contractDate: Reading<IsoDate>;
  readonly contractAmount: Reading<Satang>;
  readonly disbursed: Reading<Satang>;
  readonly completionDate: Reading<IsoDate>;
  readonly problems: string;
}

/** A project's development-plan reference as typed (optional columns). */
export interface ParsedDevPlanRef {
  /** The plan book as typed, "" when blank. */
  readonly edition: string;
  readonly page: Reading<number>;
  readonly item: Reading<number>;
}

/** A row of the optional DevPlanProjects table (the development plan's project list). */
export interface ParsedDevPlanProject {
  readonly ref: SourceRef;
  readonly edition: string;
  readonly page: Reading<number>;
  readonly item: Reading<number>;
  readonly strategyNumber: Reading<number>;
  readonly workPlan: Reading<string>;
  readonly name: string;
  readonly budget: Reading<Satang>;
}

export interface ParsedProject extends ParsedItem {
  readonly strategyNumber: Reading<number>;
  readonly name: string;
  readonly activityDetail: string;
  readonly budgetType: Reading<string>;
  readonly expenditureCategory: Reading<string>;
  /** null when the table has none of the development-plan link columns. */
  readonly devPlanRef: ParsedDevPlanRef | null;
}

export interface ParsedEquipment extends ParsedItem {
  readonly equipmentType: Reading<string>;
  readonly item: string;
  readonly detail: string;
}

export interface ParsedEditionRow {
  readonly ref: SourceRef;
  readonly code: Reading<EditionCode>;
  readonly triggerText: string;
  readonly trigger: EditionTrigger | null;
  readonly dates: Readonly<Record<EditionDateField, Reading<IsoDate>>>;
}

/** A row of the optional FollowUpReports table: which round, and its dates. */
export interface ParsedFollowUpReportRow {
  readonly ref: SourceRef;
  readonly round: Reading<FollowUpRound>;
  readonly dates: Readonly<Record<FollowUpReportDateField, Reading<IsoDate>>>;
}

export interface ParsedBudgetLine {
  readonly ref: SourceRef;
  readonly workPlan: Reading<string>;
  readonly budgetType: Reading<string>;
  readonly expenditureCategory: Reading<string>;
  readonly amount: Reading<Satang>;
}

export interface CellErrorAt {
  readonly sheet: string;
  readonly cell: string;
  readonly error: string;
}

export interface FormulaAt {
  readonly sheet: string;
  readonly cell: string;
  readonly formula: string;
}

/** How a template table's data rows were found: rows read from below it, rows left there, merges. */
export interface TableReport {
  readonly sheet: string;
  readonly table: string;
  /** Rows typed directly below the table and read as its rows (null: none): their first and last cells. */
  readonly rowsBelow: {
    readonly count: number;
    readonly firstCell: string;
    readonly lastCell: string;
  } | null;
  /** A cell of each row further down that looks like a table row but is not read (see dataRowsOf). */
  readonly strays: readonly string[];
  /** Merged areas in the data rows: the area (A1 range) and its top-left cell. */
  readonly merges: readonly { readonly range: string; readonly cell: string }[];
}

export interface ParsedWorkbook {
  readonly settings: ParsedSettings;
  readonly strategies: readonly ParsedStrategy[];
  readonly projects: readonly ParsedProject[];
  readonly equipment: readonly ParsedEquipment[];
  /** null when the optional table is absent. */
  readonly editions: readonly ParsedEditionRow[] | null;
  readonly budgetLines: readonly ParsedBudgetLine[] | null;
  /** The optional FollowUpReports table; null (or absent) when the workbook has none. */
  readonly followUpReports?: readonly ParsedFollowUpReportRow[] | null;
  /** The development plan's project list; null when the optional table is absent. */
  readonly devPlanProjects: readonly ParsedDevPlanProject[] | null;
  readonly cellErrors: readonly CellErrorAt[];
  /** Formulas saved without their result, in the cells the parser reads. */
  readonly formulas: readonly FormulaAt[];
  /** Per template table present: rows read from below it, rows left below it, merged areas. */
  readonly tableReports: readonly TableReport[];
  /** Sheets in template order, for sorting issues. */
  readonly sheetOrder: readonly string[];
}
