import type { FollowUpStatus } from "../catalog/followUpStatuses";
import type { FundingSourceCode } from "../model/fundingSources";
import type { Satang } from "../model/money";
import type { IsoDate } from "../model/plan";
import type { SourceRef } from "../model/SourceRef";

/**
 * The follow-up of a plan (or one edition of it) as of a date: what is planned against what is done,
 * contracted and disbursed. Money in satang; percentages in integer hundredths (2381 = 23.81 %).
 */
export type StatusCounts = Readonly<Record<FollowUpStatus, number>>;

export interface ProgressTally {
  /** Projects (or equipment items) in the plan. */
  readonly projects: number;
  readonly budget: Satang;
  readonly contracted: Satang;
  readonly disbursed: Satang;
  /** Every status, all five keys; they add up to `projects`. */
  readonly byStatus: StatusCounts;
  /** Each status's share of `projects`, apportioned by largest remainder (10000 in all; 0s when empty). */
  readonly statusPercent: StatusCounts;
  /** Disbursed as a share of the budget, rounded half up (may pass 10000); null when the budget is 0. */
  readonly disbursedPercent: number | null;
}

export interface WorkPlanProgress extends ProgressTally {
  readonly name: string;
}

export interface StrategyProgress extends ProgressTally {
  readonly number: number;
  readonly name: string;
  readonly workPlans: readonly WorkPlanProgress[];
}

export interface FundingSourceProgress extends ProgressTally {
  readonly source: FundingSourceCode;
}

/** One fiscal month (0 = ต.ค.) of the plan against what happened. */
export interface MonthProgress {
  readonly month: number;
  /** Projects whose schedule ends this month (due to be completed by its end). */
  readonly plannedProjects: number;
  /** The budget of those projects. */
  readonly plannedBudget: Satang;
  /** Projects completed in this month (by their completion date; dates outside the year at its ends). */
  readonly completedProjects: number;
  /**
   * Money disbursed, by month: a completed project's at its completion month, any other's (its month
   * not recorded) at the as-of month. The twelve add up to the total disbursed.
   */
  readonly disbursed: Satang;
  /** The month has ended as of the report's date. */
  readonly passed: boolean;
}

/** A project or equipment item, named as the lists of the report show it. */
export interface ReportItem {
  readonly kind: "project" | "equipment";
  readonly name: string;
  readonly workPlan: string;
  /** The strategy's number (projects only). */
  readonly strategyNumber: number | null;
  readonly status: FollowUpStatus;
  readonly budget: Satang;
  readonly source: SourceRef | undefined;
}

/** Not started although months marked in the plan have passed. */
export interface LaggingItem extends ReportItem {
  readonly firstMonth: number;
  readonly passedMonths: number;
}

export interface ProblemItem extends ReportItem {
  readonly problems: string;
}

export interface FollowUpReport {
  readonly fiscalYear: number;
  /** The edition reported, or null for all editions together. */
  readonly edition: string | null;
  readonly asOf: IsoDate;
  /** Fiscal months ended by `asOf` (0–12). */
  readonly monthsPassed: number;
  /** Projects (equipment apart, as in the summary). */
  readonly total: ProgressTally;
  readonly strategies: readonly StrategyProgress[];
  readonly fundingSources: readonly FundingSourceProgress[];
  /** Equipment outside projects (ผด.02/1); `projects` counts its items. */
  readonly equipment: ProgressTally;
  readonly months: readonly MonthProgress[];
  /** Projects, then equipment, in plan order. */
  readonly behindSchedule: readonly LaggingItem[];
  /** Rows with problems recorded, projects then equipment, in plan order. */
  readonly problems: readonly ProblemItem[];
}
