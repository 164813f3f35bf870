import { equipmentTypeOrder } from "../catalog/equipmentTypes";
import { workPlanOrder } from "../catalog/workPlans";
import { FUNDING_SOURCE_CODES, type FundingSourceCode } from "../model/fundingSources";
import { FISCAL_MONTHS } from "../model/months";
import type { Plan } from "../model/plan";
import { workPlanRanking } from "../model/workPlanRanking";
import {
  addRow,
  groupOf,
  newTally,
  sortedEntries,
  tallyOf,
  type RunningTally,
} from "./internal/RunningTally";
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
import { equipmentSelector, projectSelector } from "./selectRows";

const FULL = 10000;

const sourceRank = (code: FundingSourceCode): number => FUNDING_SOURCE_CODES.indexOf(code);

// Running figures of one pass over the rows. Maps keep first-seen order, which the stable sorts of
// sortedEntries keep among equal ranks.
interface WorkPlanGroup {
  readonly tally: RunningTally;
  /** Distinct non-blank responsible units, first-seen order. */
  readonly units: Set<string>;
}

interface StrategyGroup {
  readonly tally: RunningTally;
  readonly workPlans: Map<string, WorkPlanGroup>;
  readonly sources: Map<FundingSourceCode, RunningTally>;
}

interface EquipmentTypeGroup {
  readonly tally: RunningTally;
  readonly workPlans: Map<string, RunningTally>;
}

const newWorkPlanGroup = (): WorkPlanGroup => ({ tally: newTally(), units: new Set() });
const newStrategyGroup = (): StrategyGroup => ({
  tally: newTally(),
  workPlans: new Map(),
  sources: new Map(),
});
const newEquipmentTypeGroup = (): EquipmentTypeGroup => ({ tally: newTally(), workPlans: new Map() });

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
  groups: ReadonlyMap<number, StrategyGroup>,
  total: Tally & Shares,
): StrategySummary[] {
  // Only strategies with rows in the selection are listed (empty work plans are omitted likewise).
  const workPlanRank = workPlanRanking(plan.projects);
  const byStrategy = sortedEntries(groups, (n) => n);
  const strategyTallies = byStrategy.map(([, group]) => tallyOf(group.tally));
  const strategyShares = shareOut(strategyTallies, total);
  return byStrategy.map(([number, group], i) => {
    const own = { ...strategyTallies[i]!, ...strategyShares[i]! };
    // Shares are apportioned in catalog order (ties never depend on row order); rows are then listed
    // in the plan's own order, as staff number them.
    const byWorkPlan = sortedEntries(group.workPlans, workPlanOrder);
    const workPlanTallies = byWorkPlan.map(([, wp]) => tallyOf(wp.tally));
    const workPlanShares = shareOut(workPlanTallies, own);
    const workPlans: WorkPlanSummary[] = byWorkPlan
      .map(([name, wp], j) => ({
        name,
        ...workPlanTallies[j]!,
        ...workPlanShares[j]!,
        units: [...wp.units],
      }))
      .sort((a, b) => workPlanRank(a.name) - workPlanRank(b.name));
    // A project pointing at an unknown strategy still counts; its name is blank (validation reports it).
    const name = plan.strategies.find((s) => s.number === number)?.name ?? "";
    return { number, name, ...own, workPlans };
  });
}

function fundingSummaries(sources: ReadonlyMap<FundingSourceCode, RunningTally>): FundingSourceSummary[] {
  return sortedEntries(sources, sourceRank).map(([source, tally]) => ({ source, ...tallyOf(tally) }));
}

function strategyFundingCells(
  strategies: readonly StrategySummary[],
  groups: ReadonlyMap<number, StrategyGroup>,
): StrategyFundingCell[] {
  return strategies.flatMap((strategy) =>
    fundingSummaries(groups.get(strategy.number)?.sources ?? new Map()).map((cell) => ({
      strategy: strategy.number,
      ...cell,
    })),
  );
}

function equipmentTypes(groups: ReadonlyMap<string, EquipmentTypeGroup>): EquipmentTypeSummary[] {
  return sortedEntries(groups, equipmentTypeOrder).map(([type, group]) => ({
    type,
    items: group.tally.projects,
    budget: group.tally.budget,
    workPlans: sortedEntries(group.workPlans, workPlanOrder).map(([name, wp]) => ({
      name,
      items: wp.projects,
      budget: wp.budget,
    })),
  }));
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
  // One pass over the projects fills every group: plans can have 50,000 rows, and each further pass
  // (or list of grouped rows) costs more than the counting itself.
  const isCounted = projectSelector(options);
  const counted = newTally();
  const strategies = new Map<number, StrategyGroup>();
  const sources = new Map<FundingSourceCode, RunningTally>();
  const months = FISCAL_MONTHS.map(() => 0);
  for (const p of plan.projects) {
    if (!isCounted(p)) continue;
    addRow(counted, p.budget);
    const strategy = groupOf(strategies, p.strategyNumber, newStrategyGroup);
    addRow(strategy.tally, p.budget);
    const workPlan = groupOf(strategy.workPlans, p.workPlan, newWorkPlanGroup);
    addRow(workPlan.tally, p.budget);
    const unit = p.responsibleUnit.trim();
    if (unit !== "") workPlan.units.add(unit);
    addRow(groupOf(strategy.sources, p.fundingSource, newTally), p.budget);
    addRow(groupOf(sources, p.fundingSource, newTally), p.budget);
    for (let month = 0; month < months.length; month++) if (p.months[month] === true) months[month]! += 1;
  }

  const isCountedEquipment = equipmentSelector(options);
  const equipmentTally = newTally();
  const types = new Map<string, EquipmentTypeGroup>();
  for (const e of plan.equipment) {
    if (!isCountedEquipment(e)) continue;
    addRow(equipmentTally, e.budget);
    const type = groupOf(types, e.equipmentType, newEquipmentTypeGroup);
    addRow(type.tally, e.budget);
    addRow(groupOf(type.workPlans, e.workPlan, newTally), e.budget);
  }

  const total = {
    ...tallyOf(counted),
    projectsPercent: counted.projects > 0 ? FULL : 0,
    budgetPercent: counted.budget > 0 ? FULL : 0,
  };
  const strategySummary = strategySummaries(plan, strategies, total);
  return {
    fiscalYear: plan.settings.fiscalYear,
    edition: options.edition,
    total,
    strategies: strategySummary,
    fundingSources: fundingSummaries(sources),
    strategyByFunding: strategyFundingCells(strategySummary, strategies),
    months: months.map((projects, month): MonthSummary => ({ month, projects })),
    equipment: {
      items: equipmentTally.projects,
      budget: equipmentTally.budget,
      types: equipmentTypes(types),
    },
  };
}
