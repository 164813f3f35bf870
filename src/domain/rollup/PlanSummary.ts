import type { FundingSourceCode } from "../model/fundingSources";
import type { Satang } from "../model/money";

/**
 * Roll-ups of a plan (or of one edition of it). Percentages are integer hundredths of a percent
 * (2381 = 23.81 %), apportioned by largest remainder so displayed children add up exactly to the
 * displayed parent and the grand total is 10000 (100.00 %).
 */
export interface Tally {
  readonly projects: number;
  readonly budget: Satang;
}

export interface Shares {
  readonly projectsPercent: number;
  readonly budgetPercent: number;
}

export interface WorkPlanSummary extends Tally, Shares {
  readonly name: string;
  /** Distinct responsible units, in first-seen order. */
  readonly units: readonly string[];
}

export interface StrategySummary extends Tally, Shares {
  readonly number: number;
  readonly name: string;
  readonly workPlans: readonly WorkPlanSummary[];
}

export interface FundingSourceSummary extends Tally {
  readonly source: FundingSourceCode;
}

export interface StrategyFundingCell extends Tally {
  readonly strategy: number;
  readonly source: FundingSourceCode;
}

export interface MonthSummary {
  /** 0 = ต.ค. … 11 = ก.ย. */
  readonly month: number;
  readonly projects: number;
}

export interface EquipmentTypeSummary {
  readonly type: string;
  readonly items: number;
  readonly budget: Satang;
  readonly workPlans: readonly { readonly name: string; readonly items: number; readonly budget: Satang }[];
}

export interface PlanSummary {
  readonly fiscalYear: number;
  /** The edition summarised, or null for all editions together. */
  readonly edition: string | null;
  readonly total: Tally & Shares;
  readonly strategies: readonly StrategySummary[];
  readonly fundingSources: readonly FundingSourceSummary[];
  readonly strategyByFunding: readonly StrategyFundingCell[];
  readonly months: readonly MonthSummary[];
  readonly equipment: {
    readonly items: number;
    readonly budget: Satang;
    readonly types: readonly EquipmentTypeSummary[];
  };
}

export interface RollupOptions {
  /** One edition's rows, or null for all editions (consolidated). */
  readonly edition: string | null;
  /** Leave out other agencies' and no-budget projects (ผด.01 option). */
  readonly excludeUnbudgeted: boolean;
}
