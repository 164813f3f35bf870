import { equipmentTypeOrder } from "../catalog/equipmentTypes";
import { workPlanOrder } from "../catalog/workPlans";
import { FUNDING_SOURCE_CODES, type FundingSourceCode } from "../model/fundingSources";
import { FISCAL_MONTHS } from "../model/months";
import { workPlanRanking } from "../model/workPlanRanking";
import type { Equipment, Plan, Project } from "../model/plan";
import { groupBy, sortedEntries } from "./internal/groupBy";
import { tally } from "./internal/tally";
import { largestRemainder } from "./largestRemainder";
import type {
  EquipmentTypeSummary,
  FundingSourceSummary,
  MonthSummary,
  PlanSummary,
  RollupOptions,
  Shares,
  StrategyFundingCell,
  StrategySummary,
  Tally,
  WorkPlanSummary,
} from "./PlanSummary";
import { selectRows } from "./selectRows";

const FULL = 10000;

const sourceRank = (code: FundingSourceCode): number => FUNDING_SOURCE_CODES.indexOf(code);

/** Distinct non-blank responsible units in first-seen order. */
function unitsOf(projects: readonly Project[]): string[] {
  return [...new Set(projects.map((p) => p.responsibleUnit.trim()).filter((unit) => unit !== ""))];
}

/**
 * Percent shares of children that add up exactly to the parent's displayed shares: each parent
 * apportions its own displayed hundredths, never the grand total again.
 */
function shareOut(children: readonly Tally[], parent: Tally & Shares): Shares[] {
  const projects = largestRemainder(
    children.map((c) => c.projects),
    parent.projects,
    parent.projectsPercent,
  );
  const budget = largestRemainder(
    children.map((c) => c.budget),
    parent.budget,
    parent.budgetPercent,
  );
  return children.map((_, i) => ({ projectsPercent: projects[i] ?? 0, budgetPercent: budget[i] ?? 0 }));
}

function strategySummaries(
  plan: Plan,
  projects: readonly Project[],
  total: Tally & Shares,
): StrategySummary[] {
  // Only strategies with rows in the selection are listed (empty work plans are omitted likewise).
  const workPlanRank = workPlanRanking(plan.projects);
  const byStrategy = sortedEntries(
    groupBy(projects, (p) => p.strategyNumber),
    (n) => n,
  );
  const strategyTallies = byStrategy.map(([, rows]) => tally(rows));
  const strategyShares = shareOut(strategyTallies, total);
  return byStrategy.map(([number, rows], i) => {
    const own = { ...strategyTallies[i]!, ...strategyShares[i]! };
    // Shares are apportioned in catalog order (ties never depend on row order); rows are then listed
    // in the plan's own order, as staff number them.
    const byWorkPlan = sortedEntries(
      groupBy(rows, (p) => p.workPlan),
      workPlanOrder,
    );
    const workPlanTallies = byWorkPlan.map(([, wpRows]) => tally(wpRows));
    const workPlanShares = shareOut(workPlanTallies, own);
    const workPlans: WorkPlanSummary[] = byWorkPlan
      .map(([name, wpRows], j) => ({
        name,
        ...workPlanTallies[j]!,
        ...workPlanShares[j]!,
        units: unitsOf(wpRows),
      }))
      .sort((a, b) => workPlanRank(a.name) - workPlanRank(b.name));
    // A project pointing at an unknown strategy still counts; its name is blank (validation reports it).
    const name = plan.strategies.find((s) => s.number === number)?.name ?? "";
    return { number, name, ...own, workPlans };
  });
}

function fundingSummaries(projects: readonly Project[]): FundingSourceSummary[] {
  return sortedEntries(
    groupBy(projects, (p) => p.fundingSource),
    sourceRank,
  ).map(([source, rows]) => ({
    source,
    ...tally(rows),
  }));
}

function strategyFundingCells(
  strategies: readonly StrategySummary[],
  projects: readonly Project[],
): StrategyFundingCell[] {
  // One pass to group, rather than filtering every project once per strategy.
  const byStrategy = groupBy(projects, (p) => p.strategyNumber);
  return strategies.flatMap((strategy) =>
    fundingSummaries(byStrategy.get(strategy.number) ?? []).map((cell) => ({
      strategy: strategy.number,
      ...cell,
    })),
  );
}

function monthSummaries(projects: readonly Project[]): MonthSummary[] {
  // One pass over the rows, rather than one per month.
  const counts = FISCAL_MONTHS.map(() => 0);
  for (const p of projects) {
    for (let month = 0; month < counts.length; month++) if (p.months[month] === true) counts[month]! += 1;
  }
  return counts.map((projects, month) => ({ month, projects }));
}

function equipmentTypes(equipment: readonly Equipment[]): EquipmentTypeSummary[] {
  return sortedEntries(
    groupBy(equipment, (e) => e.equipmentType),
    equipmentTypeOrder,
  ).map(([type, rows]) => {
    const own = tally(rows);
    const workPlans = sortedEntries(
      groupBy(rows, (e) => e.workPlan),
      workPlanOrder,
    ).map(([name, wpRows]) => {
      const wp = tally(wpRows);
      return { name, items: wp.projects, budget: wp.budget };
    });
    return { type, items: own.projects, budget: own.budget, workPlans };
  });
}

/**
 * Roll-ups of one edition (or all editions when `options.edition` is null): strategy → work plan
 * counts, budgets, percentages and units; funding sources; strategy × funding source; projects per
 * month; equipment by type and work plan. Strategies are in number order, work plans in official
 * order, funding sources in code order; only groups with rows are listed.
 * Percentages are integer hundredths: the total is 10000 (0 when there is nothing to share) and each
 * level's displayed children add up exactly to their displayed parent (largest remainder).
 *
 * @param plan the parsed plan
 * @param options edition (null = consolidated) and whether to leave out NONE/AGENCY projects
 * @returns the summary, budgets in satang
 * @example rollupPlan(samplePlan, { edition: "หลัก", excludeUnbudgeted: false }).total //=> { projects: 21, budget: 344252500, projectsPercent: 10000, budgetPercent: 10000 }
 */
export function rollupPlan(plan: Plan, options: RollupOptions): PlanSummary {
  const { projects, equipment } = selectRows(plan, options);
  const counted = tally(projects);
  const total = {
    ...counted,
    projectsPercent: counted.projects > 0 ? FULL : 0,
    budgetPercent: counted.budget > 0 ? FULL : 0,
  };
  const strategies = strategySummaries(plan, projects, total);
  const equipmentTally = tally(equipment);
  return {
    fiscalYear: plan.settings.fiscalYear,
    edition: options.edition,
    total,
    strategies,
    fundingSources: fundingSummaries(projects),
    strategyByFunding: strategyFundingCells(strategies, projects),
    months: monthSummaries(projects),
    equipment: {
      items: equipmentTally.projects,
      budget: equipmentTally.budget,
      types: equipmentTypes(equipment),
    },
  };
}
