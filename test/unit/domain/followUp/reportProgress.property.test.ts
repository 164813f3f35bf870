import fc from "fast-check";
import { FOLLOW_UP_STATUSES } from "../../../../src/domain/catalog/followUpStatuses";
import type { Equipment, Plan, Project } from "../../../../src/domain/model/plan";
import { arbitraryEdition } from "../../../builders/arbitraryPlan";
import { arbitraryAsOf, arbitraryFollowUpPlan } from "../../../builders/arbitraryFollowUp";
import type { ProgressTally } from "../../../../src/domain/followUp/FollowUpReport";
import { ReportJsonSchema } from "../../../../src/domain/followUp/ReportJson";
import { reportProgress } from "../../../../src/domain/followUp/reportProgress";
import { toReportJson } from "../../../../src/domain/followUp/toReportJson";

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const statusSum = (t: ProgressTally): number => sum(Object.values(t.byStatus));

/** An independent fold over the rows: no grouping, no shared helper with the report. */
function independentTotals(rows: readonly (Project | Equipment)[]) {
  const byStatus = Object.fromEntries(FOLLOW_UP_STATUSES.map((s) => [s, 0]));
  let budget = 0;
  let contracted = 0;
  let disbursed = 0;
  for (const row of rows) {
    budget += row.budget;
    contracted += row.followUp?.contractAmount ?? 0;
    disbursed += row.followUp?.disbursed ?? 0;
    const status = row.followUp?.status ?? "ยังไม่ดำเนินการ";
    byStatus[status] = (byStatus[status] ?? 0) + 1;
  }
  return { projects: rows.length, budget, contracted, disbursed, byStatus };
}

const inEdition = (plan: Plan, edition: string | null) => ({
  projects: plan.projects.filter((p) => edition === null || p.edition === edition),
  equipment: plan.equipment.filter((e) => edition === null || e.edition === edition),
});

describe("reportProgress (property)", () => {
  it("matches an independent tally of the rows, for projects and equipment", () => {
    fc.assert(
      fc.property(arbitraryFollowUpPlan, arbitraryEdition, arbitraryAsOf, (plan, edition, asOf) => {
        const report = reportProgress(plan, { edition, asOf });
        const rows = inEdition(plan, edition);
        const pick = ({ projects, budget, contracted, disbursed, byStatus }: ProgressTally) => ({
          projects,
          budget,
          contracted,
          disbursed,
          byStatus,
        });
        expect(pick(report.total)).toEqual(independentTotals(rows.projects));
        expect(pick(report.equipment)).toEqual(independentTotals(rows.equipment));
        for (const s of report.strategies)
          expect(pick(s)).toEqual(
            independentTotals(rows.projects.filter((p) => p.strategyNumber === s.number)),
          );
      }),
    );
  });

  it("counts by status add up to the projects at every level, and shares to 100.00 %", () => {
    fc.assert(
      fc.property(arbitraryFollowUpPlan, arbitraryEdition, arbitraryAsOf, (plan, edition, asOf) => {
        const report = reportProgress(plan, { edition, asOf });
        const tallies: ProgressTally[] = [
          report.total,
          report.equipment,
          ...report.strategies,
          ...report.strategies.flatMap((s) => s.workPlans),
          ...report.fundingSources,
        ];
        for (const t of tallies) {
          expect(statusSum(t)).toBe(t.projects);
          expect(Object.keys(t.byStatus)).toEqual([...FOLLOW_UP_STATUSES]);
          expect(sum(Object.values(t.statusPercent))).toBe(t.projects > 0 ? 10000 : 0);
        }
      }),
    );
  });

  it("conserves satang: strategies, work plans, funding sources and months add up to their totals", () => {
    fc.assert(
      fc.property(arbitraryFollowUpPlan, arbitraryEdition, arbitraryAsOf, (plan, edition, asOf) => {
        const report = reportProgress(plan, { edition, asOf });
        for (const key of ["projects", "budget", "contracted", "disbursed"] as const) {
          expect(sum(report.strategies.map((s) => s[key]))).toBe(report.total[key]);
          expect(sum(report.fundingSources.map((f) => f[key]))).toBe(report.total[key]);
          for (const s of report.strategies) expect(sum(s.workPlans.map((w) => w[key]))).toBe(s[key]);
        }
        expect(sum(report.months.map((m) => m.disbursed))).toBe(report.total.disbursed);
        // Every project of a plan read from a workbook has a month; one built in code may have none.
        const scheduled = inEdition(plan, edition).projects.filter((p) => p.months.includes(true));
        expect(sum(report.months.map((m) => m.plannedBudget))).toBe(sum(scheduled.map((p) => p.budget)));
        expect(sum(report.months.map((m) => m.plannedProjects))).toBe(scheduled.length);
        expect(sum(report.months.map((m) => m.completedProjects))).toBeLessThanOrEqual(
          report.total.byStatus["ดำเนินการแล้วเสร็จ"],
        );
      }),
    );
  });

  it("writes JSON of the published shape whose figures are the report's in baht", () => {
    fc.assert(
      fc.property(arbitraryFollowUpPlan, arbitraryEdition, arbitraryAsOf, (plan, edition, asOf) => {
        const report = reportProgress(plan, { edition, asOf });
        const json = ReportJsonSchema.parse(toReportJson(report));
        expect(json.total.disbursed * 100).toBeCloseTo(report.total.disbursed, 0);
        expect(json.asOf).toBe(asOf);
        expect(sum(json.strategies.map((s) => s.projects))).toBe(json.total.projects);
      }),
    );
  });

  it("lists as behind schedule exactly the rows not started whose first planned month has passed", () => {
    fc.assert(
      fc.property(arbitraryFollowUpPlan, arbitraryAsOf, (plan, asOf) => {
        const report = reportProgress(plan, { edition: null, asOf });
        const expected = [...plan.projects, ...plan.equipment].filter(
          (row) =>
            (row.followUp?.status ?? "ยังไม่ดำเนินการ") === "ยังไม่ดำเนินการ" &&
            row.months.slice(0, report.monthsPassed).some(Boolean),
        );
        expect(report.behindSchedule).toHaveLength(expected.length);
      }),
    );
  });
});
