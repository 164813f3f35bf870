import { FOLLOW_UP_STATUSES, type FollowUpStatus } from "../catalog/followUpStatuses";
import { COMPLETED, followUpOf, NOT_STARTED } from "../model/followUp";
import { FUNDING_SOURCE_CODES, type FundingSourceCode } from "../model/fundingSources";
import type { Satang } from "../model/money";
import { FISCAL_MONTHS } from "../model/months";
import type { Equipment, IsoDate, Plan, Project } from "../model/plan";
import { workPlanRanking } from "../model/workPlanRanking";
import { groupOf, sortedEntries } from "../rollup/internal/RunningTally";
import { largestRemainder } from "../rollup/largestRemainder";
import { equipmentSelector, projectSelector } from "../rollup/selectRows";
import type {
  FollowUpReport,
  FundingSourceProgress,
  LaggingItem,
  MonthProgress,
  ProblemItem,
  ProgressTally,
  ReportItem,
  StatusCounts,
  StrategyProgress,
} from "./FollowUpReport";
import { fiscalMonthOf, hasCalendar, monthsPassed, scheduledMonths } from "./schedule";

export interface ReportOptions {
  /** One edition's rows, or null for all editions. */
  readonly edition: string | null;
  /** The report's date (from the injected clock, or the round's end: 31 มี.ค., 30 ก.ย.). */
  readonly asOf: IsoDate;
}

/** Running figures of one group; `byStatus` in FOLLOW_UP_STATUSES order. */
interface Running {
  projects: number;
  budget: Satang;
  contracted: Satang;
  disbursed: Satang;
  readonly byStatus: number[];
}

const newRunning = (): Running => ({
  projects: 0,
  budget: 0,
  contracted: 0,
  disbursed: 0,
  byStatus: FOLLOW_UP_STATUSES.map(() => 0),
});

const STATUS_INDEX = new Map<FollowUpStatus, number>(FOLLOW_UP_STATUSES.map((s, i) => [s, i]));

function add(running: Running, row: Project | Equipment): void {
  const followUp = followUpOf(row);
  running.projects += 1;
  running.budget += row.budget;
  running.contracted += followUp.contractAmount ?? 0;
  running.disbursed += followUp.disbursed ?? 0;
  running.byStatus[STATUS_INDEX.get(followUp.status) ?? 0]! += 1;
}

const countsOf = (values: readonly number[]): StatusCounts =>
  Object.fromEntries(FOLLOW_UP_STATUSES.map((s, i) => [s, values[i] ?? 0])) as StatusCounts;

/** Hundredths of a percent of `part` in `whole`, rounded half up, exactly (BigInt: satang × 10000 passes 2^53). */
export function percentOf(part: Satang, whole: Satang): number | null {
  if (whole <= 0) return null;
  const scaled = BigInt(part) * BigInt(20000) + BigInt(whole);
  return Number(scaled / (BigInt(2) * BigInt(whole)));
}

function tallyOf(running: Running): ProgressTally {
  return {
    projects: running.projects,
    budget: running.budget,
    contracted: running.contracted,
    disbursed: running.disbursed,
    byStatus: countsOf(running.byStatus),
    statusPercent: countsOf(largestRemainder(running.byStatus, running.projects)),
    disbursedPercent: percentOf(running.disbursed, running.budget),
  };
}

function itemOf(row: Project | Equipment): ReportItem {
  const isProject = "strategyNumber" in row;
  return {
    kind: isProject ? "project" : "equipment",
    name: isProject ? row.name : row.item,
    workPlan: row.workPlan,
    strategyNumber: isProject ? row.strategyNumber : null,
    status: followUpOf(row).status,
    budget: row.budget,
    source: row.source,
  };
}

/**
 * The follow-up of the year as of a date: per strategy → work plan and per funding source, projects
 * planned, by status (count and share), budget, contracted and disbursed (and its share of the
 * budget); equipment apart; month by month the schedule's ends against completions and money paid;
 * the projects not started although their months have passed; the problems recorded. Statuses and
 * amounts are as recorded (disbursements carry no date, so the record is never turned back to the
 * date); the date decides which months have passed.
 * @example reportProgress(plan, { edition: null, asOf: "2027-03-31" }).total.byStatus["ดำเนินการแล้วเสร็จ"]
 */
export function reportProgress(plan: Plan, options: ReportOptions): FollowUpReport {
  const fiscalYear = plan.settings.fiscalYear;
  // Without a usable fiscal year no month can be placed: none has passed, money sits in the first.
  const dated = hasCalendar(fiscalYear);
  const passed = dated ? monthsPassed(fiscalYear, options.asOf) : 0;
  const asOfMonth = dated ? fiscalMonthOf(fiscalYear, options.asOf) : 0;
  const selector = { edition: options.edition, excludeUnbudgeted: false };
  const projects = plan.projects.filter(projectSelector(selector));
  const equipment = plan.equipment.filter(equipmentSelector(selector));

  const total = newRunning();
  const strategies = new Map<number, { running: Running; workPlans: Map<string, Running> }>();
  const sources = new Map<FundingSourceCode, Running>();
  const months = FISCAL_MONTHS.map(() => ({
    plannedProjects: 0,
    plannedBudget: 0,
    completedProjects: 0,
    disbursed: 0,
  }));
  for (const p of projects) {
    add(total, p);
    const strategy = groupOf(strategies, p.strategyNumber, () => ({
      running: newRunning(),
      workPlans: new Map(),
    }));
    add(strategy.running, p);
    add(groupOf(strategy.workPlans, p.workPlan, newRunning), p);
    add(groupOf(sources, p.fundingSource, newRunning), p);
    const schedule = scheduledMonths(p.months);
    if (schedule) {
      months[schedule.last]!.plannedProjects += 1;
      months[schedule.last]!.plannedBudget += p.budget;
    }
    const { status, completionDate, disbursed } = followUpOf(p);
    const completedIn =
      dated && status === COMPLETED && completionDate !== null
        ? fiscalMonthOf(fiscalYear, completionDate)
        : null;
    if (completedIn !== null) months[completedIn]!.completedProjects += 1;
    months[completedIn ?? asOfMonth]!.disbursed += disbursed ?? 0;
  }
  const equipmentTotal = newRunning();
  for (const e of equipment) add(equipmentTotal, e);

  const rank = workPlanRanking(plan.projects);
  const strategyProgress: StrategyProgress[] = sortedEntries(strategies, (n) => n).map(([number, group]) => ({
    number,
    name: plan.strategies.find((s) => s.number === number)?.name ?? "",
    ...tallyOf(group.running),
    workPlans: sortedEntries(group.workPlans, rank).map(([name, running]) => ({ name, ...tallyOf(running) })),
  }));
  const fundingProgress: FundingSourceProgress[] = sortedEntries(sources, (code) =>
    FUNDING_SOURCE_CODES.indexOf(code),
  ).map(([source, running]) => ({ source, ...tallyOf(running) }));
  const monthProgress: MonthProgress[] = months.map((m, month) => ({ month, ...m, passed: month < passed }));

  const rows: readonly (Project | Equipment)[] = [...projects, ...equipment];
  const behindSchedule: LaggingItem[] = [];
  const problems: ProblemItem[] = [];
  for (const row of rows) {
    const followUp = followUpOf(row);
    const schedule = scheduledMonths(row.months);
    if (followUp.status === NOT_STARTED && schedule !== null && schedule.first < passed)
      behindSchedule.push({
        ...itemOf(row),
        firstMonth: schedule.first,
        passedMonths: row.months.slice(0, passed).filter(Boolean).length,
      });
    if (followUp.problems !== "") problems.push({ ...itemOf(row), problems: followUp.problems });
  }

  return {
    fiscalYear,
    edition: options.edition,
    asOf: options.asOf,
    monthsPassed: passed,
    total: tallyOf(total),
    strategies: strategyProgress,
    fundingSources: fundingProgress,
    equipment: tallyOf(equipmentTotal),
    months: monthProgress,
    behindSchedule,
    problems,
  };
}
