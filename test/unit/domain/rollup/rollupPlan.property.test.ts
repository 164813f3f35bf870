import fc from "fast-check";
import { UNBUDGETED_SOURCES } from "../../../../src/domain/model/fundingSources";
import type { Plan } from "../../../../src/domain/model/plan";
import type { PlanSummary, Tally } from "../../../../src/domain/rollup/PlanSummary";
import { rollupPlan } from "../../../../src/domain/rollup/rollupPlan";
import { arbitraryEdition, arbitraryPlan } from "../../../builders/arbitraryPlan";

const sum = (tallies: readonly Tally[]): Tally => ({
  projects: tallies.reduce((n, t) => n + t.projects, 0),
  budget: tallies.reduce((n, t) => n + t.budget, 0),
});
const percentSum = (rows: readonly { projectsPercent: number; budgetPercent: number }[]) => ({
  projectsPercent: rows.reduce((n, r) => n + r.projectsPercent, 0),
  budgetPercent: rows.reduce((n, r) => n + r.budgetPercent, 0),
});
const tallyOf = (t: Tally): Tally => ({ projects: t.projects, budget: t.budget });

const scenario = fc.record({
  plan: arbitraryPlan,
  edition: arbitraryEdition,
  excludeUnbudgeted: fc.boolean(),
});

/** The rows a roll-up should count, computed independently of the code under test. */
function countedProjects(plan: Plan, edition: string | null, excludeUnbudgeted: boolean) {
  return plan.projects.filter(
    (p) =>
      (edition === null || p.edition === edition) &&
      !(excludeUnbudgeted && UNBUDGETED_SOURCES.includes(p.fundingSource)),
  );
}

function summarise({
  plan,
  edition,
  excludeUnbudgeted,
}: {
  plan: Plan;
  edition: string | null;
  excludeUnbudgeted: boolean;
}): PlanSummary {
  return rollupPlan(plan, { edition, excludeUnbudgeted });
}

describe("rollupPlan properties", () => {
  it("conserves satang: the total is the sum of every counted project's budget", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const rows = countedProjects(s.plan, s.edition, s.excludeUnbudgeted);
        const summary = summarise(s);
        expect(tallyOf(summary.total)).toEqual({
          projects: rows.length,
          budget: rows.reduce((n, p) => n + p.budget, 0),
        });
      }),
    );
  });

  it("makes every parent the sum of its children: strategies, work plans, funding sources, cells, equipment", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const summary = summarise(s);
        expect(sum(summary.strategies)).toEqual(tallyOf(summary.total));
        for (const strategy of summary.strategies) {
          expect(sum(strategy.workPlans)).toEqual(tallyOf(strategy));
          expect(sum(summary.strategyByFunding.filter((c) => c.strategy === strategy.number))).toEqual(
            tallyOf(strategy),
          );
        }
        expect(sum(summary.fundingSources)).toEqual(tallyOf(summary.total));
        for (const source of summary.fundingSources) {
          expect(sum(summary.strategyByFunding.filter((c) => c.source === source.source))).toEqual(
            tallyOf(source),
          );
        }
        const types = summary.equipment.types;
        expect(sum(types.map((t) => ({ projects: t.items, budget: t.budget })))).toEqual({
          projects: summary.equipment.items,
          budget: summary.equipment.budget,
        });
        for (const type of types) {
          expect(sum(type.workPlans.map((w) => ({ projects: w.items, budget: w.budget })))).toEqual({
            projects: type.items,
            budget: type.budget,
          });
        }
      }),
    );
  });

  it("makes displayed percentages add up exactly: children = parent, total = 100.00 %", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const summary = summarise(s);
        const { total } = summary;
        expect(total.projectsPercent).toBe(total.projects > 0 ? 10000 : 0);
        expect(total.budgetPercent).toBe(total.budget > 0 ? 10000 : 0);
        expect(percentSum(summary.strategies)).toEqual({
          projectsPercent: total.projectsPercent,
          budgetPercent: total.budgetPercent,
        });
        for (const strategy of summary.strategies) {
          expect(percentSum(strategy.workPlans)).toEqual({
            projectsPercent: strategy.projectsPercent,
            budgetPercent: strategy.budgetPercent,
          });
        }
      }),
    );
  });

  it("does not depend on row order (totals, percentages; work plans listed in the plan's order)", () => {
    fc.assert(
      fc.property(
        scenario.chain((s) =>
          fc.tuple(
            fc.constant(s),
            fc.shuffledSubarray(s.plan.projects, { minLength: s.plan.projects.length }),
          ),
        ),
        ([s, shuffled]) => {
          const a = summarise(s);
          const b = summarise({ ...s, plan: { ...s.plan, projects: shuffled } });
          // Work plans are listed in the order the plan first names them, so compare them by name.
          const strip = (x: PlanSummary) =>
            x.strategies.map((st) => ({
              ...st,
              workPlans: st.workPlans
                .map((w) => ({ ...w, units: [...w.units].sort() }))
                .sort((p, q) => p.name.localeCompare(q.name)),
            }));
          expect(strip(b)).toEqual(strip(a));
          expect(b.total).toEqual(a.total);
          expect(b.fundingSources).toEqual(a.fundingSources);
          expect(b.strategyByFunding).toEqual(a.strategyByFunding);
          expect(b.months).toEqual(a.months);
        },
      ),
    );
  });

  it("lists only groups with rows, strategies in number order and each month's active projects", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const summary = summarise(s);
        const rows = countedProjects(s.plan, s.edition, s.excludeUnbudgeted);
        const numbers = summary.strategies.map((st) => st.number);
        expect(numbers).toEqual([...new Set(rows.map((p) => p.strategyNumber))].sort((x, y) => x - y));
        summary.strategies.forEach((st) =>
          st.workPlans.forEach((w) => expect(w.projects).toBeGreaterThan(0)),
        );
        expect(summary.months.map((m) => m.projects)).toEqual(
          Array.from({ length: 12 }, (_, m) => rows.filter((p) => p.months[m]).length),
        );
      }),
    );
  });
});
