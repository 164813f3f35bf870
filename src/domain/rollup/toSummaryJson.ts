import { FUNDING_SOURCES } from "../model/fundingSources";
import { satangToBaht } from "../model/money";
import type { Plan } from "../model/plan";
import type { PlanSummary, Tally } from "./PlanSummary";
import type { SummaryJson } from "./SummaryJson";

const inBaht = (t: Tally): { projects: number; budget: number } => ({
  projects: t.projects,
  budget: satangToBaht(t.budget),
});

/**
 * The `summary --json` document of a roll-up, a published format (keep its keys and their order):
 * budgets in baht, funding sources by their template label. Keys are built in that order so the
 * printed JSON reads as documented.
 *
 * @param summary a roll-up from `rollupPlan` (its edition filter applies to equipment too)
 * @param plan the plan it was made from; strategy names fall back to the plan's list when blank
 * @returns a value that satisfies `SummaryJsonSchema`
 * @example toSummaryJson(rollupPlan(samplePlan, { edition: null, excludeUnbudgeted: false }), samplePlan).total //=> { projects: 24, budget: 15212525 }
 */
export function toSummaryJson(summary: PlanSummary, plan: Plan): SummaryJson {
  return {
    fiscalYear: summary.fiscalYear,
    total: inBaht(summary.total),
    strategies: summary.strategies.map((s) => ({
      number: s.number,
      name: s.name !== "" ? s.name : (plan.strategies.find((p) => p.number === s.number)?.name ?? ""),
      ...inBaht(s),
      workPlans: s.workPlans.map((w) => ({ name: w.name, ...inBaht(w) })),
    })),
    fundingSources: summary.fundingSources.map((f) => ({ source: FUNDING_SOURCES[f.source], ...inBaht(f) })),
    equipment: { items: summary.equipment.items, budget: satangToBaht(summary.equipment.budget) },
  };
}
