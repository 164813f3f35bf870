import { rollupPlan } from "../../../../src/domain/rollup/rollupPlan";
import { SummaryJsonSchema } from "../../../../src/domain/rollup/SummaryJson";
import { toSummaryJson } from "../../../../src/domain/rollup/toSummaryJson";
import { aPlan, aProject, anEquipment } from "../../../builders/planBuilders";
import { samplePlan, sampleExpected } from "../../../fixtures/samplePlan";

describe("toSummaryJson", () => {
  it("writes the summary --json document with budgets in baht and funding-source labels", () => {
    const plan = aPlan({
      projects: [
        aProject({
          strategyNumber: 2,
          workPlan: "แผนงานสาธารณสุข",
          budget: 1_234_567_89,
          fundingSource: "SPG",
        }),
        aProject({ strategyNumber: 2, workPlan: "แผนงานสาธารณสุข", budget: 10, fundingSource: "OTHER" }),
      ],
      equipment: [anEquipment({ budget: 24_000_50 })],
    });
    const json = toSummaryJson(rollupPlan(plan, { edition: null, excludeUnbudgeted: false }), plan);
    expect(JSON.stringify(json)).toBe(
      JSON.stringify({
        fiscalYear: 2570,
        total: { projects: 2, budget: 1234567.99 },
        strategies: [
          {
            number: 2,
            name: "ยุทธศาสตร์ที่สอง",
            projects: 2,
            budget: 1234567.99,
            workPlans: [{ name: "แผนงานสาธารณสุข", projects: 2, budget: 1234567.99 }],
          },
        ],
        fundingSources: [
          { source: "เงินอุดหนุนเฉพาะกิจ", projects: 1, budget: 1234567.89 },
          { source: "อื่น ๆ", projects: 1, budget: 0.1 },
        ],
        equipment: { items: 1, budget: 24000.5 },
      }),
    );
    expect(SummaryJsonSchema.safeParse(json).success).toBe(true);
  });

  it("gives the sample plan's consolidated figures exactly as the fixture states them", () => {
    const plan = samplePlan();
    const json = toSummaryJson(rollupPlan(plan, { edition: null, excludeUnbudgeted: false }), plan);
    const expected = sampleExpected.allEditions;
    expect(json.total).toEqual({ projects: expected.projects, budget: expected.budget });
    expect(json.strategies.map((s) => [String(s.number), s.projects, s.budget])).toEqual(
      Object.entries(expected.byStrategy).map(([n, s]) => [n, s.projects, s.budget]),
    );
    expect(json.strategies.flatMap((s) => s.workPlans.map((w) => [w.name, w.budget])).sort()).toEqual(
      Object.values(expected.byStrategy)
        .flatMap((s) => Object.entries(s.workPlans).map(([name, w]) => [name, w.budget]))
        .sort(),
    );
    expect(json.fundingSources.map((f) => f.source)).toEqual([
      "ข้อบัญญัติงบประมาณรายจ่ายประจำปี",
      "เงินอุดหนุนที่ อปท. อุดหนุนให้หน่วยงานอื่น",
      "จ่ายขาดเงินสะสม",
      "เงินอุดหนุนเฉพาะกิจ",
      "ไม่ใช้งบประมาณ",
      "หน่วยงานอื่นดำเนินการ",
    ]);
    expect(json.equipment).toEqual(sampleExpected.equipment);
  });

  it("filters equipment by the same edition as the projects", () => {
    const plan = samplePlan();
    const json = toSummaryJson(
      rollupPlan(plan, { edition: "เพิ่มเติม 1/2570", excludeUnbudgeted: false }),
      plan,
    );
    expect(json.total).toEqual({ projects: 2, budget: 5_270_000 });
    expect(json.equipment).toEqual({ items: 0, budget: 0 });
  });

  it("is rejected by the schema when a key is missing or extra", () => {
    const plan = aPlan({ projects: [aProject()] });
    const json = toSummaryJson(rollupPlan(plan, { edition: null, excludeUnbudgeted: false }), plan);
    expect(SummaryJsonSchema.safeParse({ ...json, edition: null }).success).toBe(false);
    const { equipment: _dropped, ...withoutEquipment } = json;
    expect(SummaryJsonSchema.safeParse(withoutEquipment).success).toBe(false);
  });
});
