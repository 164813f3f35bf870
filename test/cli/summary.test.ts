import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sample from "../../src/sample/sample-plan-2570.json";
import type { SummaryJson } from "../../src/domain/rollup/SummaryJson";
import { writeSamplePlan } from "../fixtures/planWorkbook";
import { runCli } from "./runCli";

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "action-plan-summary-"));
  await writeSamplePlan(join(dir, "plan.xlsx"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Totals {
  projects: number;
  budget: number;
}
interface Expected extends Totals {
  byStrategy: Record<string, Totals & { workPlans: Record<string, Totals> }>;
}

/** The summary JSON reduced to the shape of the sample's `expected` block (order-free maps). */
function asExpected(summary: SummaryJson): Expected {
  return {
    projects: summary.total.projects,
    budget: summary.total.budget,
    byStrategy: Object.fromEntries(
      summary.strategies.map((s) => [
        String(s.number),
        {
          projects: s.projects,
          budget: s.budget,
          workPlans: Object.fromEntries(
            s.workPlans.map((w) => [w.name, { projects: w.projects, budget: w.budget }]),
          ),
        },
      ]),
    ),
  };
}

/** Independent tally of the sample JSON's projects (integer baht sums), for editions the block lacks. */
function tallyProjects(edition: string): Expected {
  const rows = sample.projects.filter((p) => p.edition === edition);
  const out: Expected = { projects: 0, budget: 0, byStrategy: {} };
  for (const p of rows) {
    out.projects += 1;
    out.budget += p.budget;
    const strategy = (out.byStrategy[String(p.strategy)] ??= { projects: 0, budget: 0, workPlans: {} });
    strategy.projects += 1;
    strategy.budget += p.budget;
    const workPlan = (strategy.workPlans[p.workPlan] ??= { projects: 0, budget: 0 });
    workPlan.projects += 1;
    workPlan.budget += p.budget;
  }
  return out;
}

async function summary(...extra: string[]): Promise<SummaryJson> {
  const run = await runCli(["summary", "plan.xlsx", "--json", ...extra], { cwd: dir });
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as SummaryJson;
}

describe("summary --json of the sample workbook", () => {
  it("equals the sample's independently computed totals for all editions", async () => {
    const all = await summary();
    expect(all.fiscalYear).toBe(2570);
    expect(asExpected(all)).toEqual(sample.expected.allEditions);
    expect(all.equipment).toEqual({
      items: sample.expected.equipment.items,
      budget: sample.expected.equipment.budget,
    });
    const byLabel = Object.fromEntries(
      Object.entries(sample.expected.allEditionsByFundingSource).map(([code, totals]) => [
        sample.fundingSources[code as keyof typeof sample.fundingSources],
        totals,
      ]),
    );
    expect(
      Object.fromEntries(
        all.fundingSources.map((f) => [f.source, { projects: f.projects, budget: f.budget }]),
      ),
    ).toEqual(byLabel);
  });

  it("equals the expected main-edition totals with --edition หลัก", async () => {
    expect(asExpected(await summary("--edition", "หลัก"))).toEqual(sample.expected.main);
  });

  it.each(["เพิ่มเติม 1/2570", "เพิ่มเติม 2/2570"])(
    "equals a tally of the sample's rows for --edition %s",
    async (edition) => {
      expect(asExpected(await summary("--edition", edition))).toEqual(tallyProjects(edition));
    },
  );

  it("has exactly the keys of the published summary document, in their order", async () => {
    const all = await summary();
    expect(Object.keys(all)).toEqual(["fiscalYear", "total", "strategies", "fundingSources", "equipment"]);
    expect(Object.keys(all.strategies[0] ?? {})).toEqual([
      "number",
      "name",
      "projects",
      "budget",
      "workPlans",
    ]);
  });

  it("says on stderr when the plan has errors (their rows are not counted), keeping stdout the JSON", async () => {
    await writeSamplePlan(join(dir, "with-error.xlsx"), (workbook) =>
      workbook.setCell("โครงการ", "C3", "แผนงานที่ไม่มีจริง"),
    );
    const run = await runCli(["summary", "with-error.xlsx", "--json"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr.trim().split("\n")).toEqual([expect.stringContaining("ข้อผิดพลาด 1 รายการ")]);
    expect((JSON.parse(run.stdout) as SummaryJson).total.projects).toBe(sample.projects.length - 1);
    expect((await runCli(["summary", "plan.xlsx", "--json"], { cwd: dir })).stderr).toBe("");
  });

  it("refuses an edition the plan does not have, and a summary without --json", async () => {
    const unknown = await runCli(["summary", "plan.xlsx", "--json", "--edition", "แก้ไข 9/2570"], {
      cwd: dir,
    });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("แก้ไข 9/2570");
    expect((await runCli(["summary", "plan.xlsx"], { cwd: dir })).code).toBe(2);
  });
});
