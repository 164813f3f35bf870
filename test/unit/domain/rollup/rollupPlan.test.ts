import { rollupPlan } from "../../../../src/domain/rollup/rollupPlan";
import { aPlan, aProject, anEquipment, monthMask } from "../../../builders/planBuilders";

const main = { edition: "หลัก", excludeUnbudgeted: false } as const;

describe("rollupPlan", () => {
  it("orders strategies by number and work plans in the order the plan first lists them", () => {
    const plan = aPlan({
      projects: [
        aProject({ strategyNumber: 2, workPlan: "แผนงานงบกลาง" }),
        aProject({ strategyNumber: 1, workPlan: "แผนงานการศึกษา" }),
        aProject({ strategyNumber: 2, workPlan: "แผนงานบริหารงานทั่วไป" }),
      ],
    });
    const summary = rollupPlan(plan, main);
    expect(summary.strategies.map((s) => [s.number, s.name, s.workPlans.map((w) => w.name)])).toEqual([
      [1, "ยุทธศาสตร์ที่หนึ่ง", ["แผนงานการศึกษา"]],
      [2, "ยุทธศาสตร์ที่สอง", ["แผนงานงบกลาง", "แผนงานบริหารงานทั่วไป"]],
    ]);
  });

  it("keeps a strategy only when it has rows, and still counts a project whose strategy is not listed", () => {
    const plan = aPlan({
      projects: [aProject({ strategyNumber: 3 }), aProject({ strategyNumber: 9, budget: 1_00 })],
    });
    const summary = rollupPlan(plan, main);
    expect(summary.strategies.map((s) => [s.number, s.name, s.projects])).toEqual([
      [3, "ยุทธศาสตร์ที่สาม", 1],
      [9, "", 1],
    ]);
    expect(summary.total.projects).toBe(2);
  });

  it("lists each work plan's responsible units once, in first-seen order, skipping blanks", () => {
    const plan = aPlan({
      projects: [
        aProject({ responsibleUnit: "กองคลัง" }),
        aProject({ responsibleUnit: " " }),
        aProject({ responsibleUnit: "สำนักปลัด" }),
        aProject({ responsibleUnit: "กองคลัง " }),
      ],
    });
    expect(rollupPlan(plan, main).strategies[0]?.workPlans[0]?.units).toEqual(["กองคลัง", "สำนักปลัด"]);
  });

  it("splits 100.00 % of three equal projects as 33.34 / 33.33 / 33.33 and a zero budget as 0.00", () => {
    const plan = aPlan({
      projects: [
        aProject({ strategyNumber: 1, budget: 0, fundingSource: "NONE" }),
        aProject({ strategyNumber: 2, budget: 0, fundingSource: "NONE" }),
        aProject({ strategyNumber: 3, budget: 0, fundingSource: "NONE" }),
      ],
    });
    const summary = rollupPlan(plan, main);
    expect(summary.strategies.map((s) => s.projectsPercent)).toEqual([3334, 3333, 3333]);
    expect(summary.strategies.map((s) => s.budgetPercent)).toEqual([0, 0, 0]);
    expect(summary.total).toEqual({ projects: 3, budget: 0, projectsPercent: 10000, budgetPercent: 0 });
  });

  it("counts one edition at a time, or all editions when the edition is null", () => {
    const plan = aPlan({
      projects: [aProject({ budget: 100_00 }), aProject({ edition: "เพิ่มเติม 1/2570", budget: 50_00 })],
      equipment: [anEquipment({ budget: 7_00 }), anEquipment({ edition: "เพิ่มเติม 1/2570", budget: 3_00 })],
    });
    const one = rollupPlan(plan, { edition: "เพิ่มเติม 1/2570", excludeUnbudgeted: false });
    expect([one.edition, one.total.budget, one.equipment.budget]).toEqual(["เพิ่มเติม 1/2570", 50_00, 3_00]);
    const all = rollupPlan(plan, { edition: null, excludeUnbudgeted: false });
    expect([all.edition, all.total.budget, all.equipment.budget]).toEqual([null, 150_00, 10_00]);
  });

  it("leaves out ไม่ใช้งบประมาณ and หน่วยงานอื่นดำเนินการ projects on request, never equipment", () => {
    const plan = aPlan({
      projects: [
        aProject({ fundingSource: "ORD" }),
        aProject({ fundingSource: "NONE", budget: 0 }),
        aProject({ fundingSource: "AGENCY" }),
        aProject({ fundingSource: "SPG" }),
      ],
      equipment: [anEquipment({ fundingSource: "AGENCY" })],
    });
    const summary = rollupPlan(plan, { edition: "หลัก", excludeUnbudgeted: true });
    expect(summary.fundingSources.map((f) => f.source)).toEqual(["ORD", "SPG"]);
    expect(summary.equipment.items).toBe(1);
  });

  it("tallies funding sources in code order and strategy × source cells per strategy", () => {
    const plan = aPlan({
      projects: [
        aProject({ strategyNumber: 2, fundingSource: "SPG", budget: 4_00 }),
        aProject({ strategyNumber: 1, fundingSource: "ACC", budget: 2_00 }),
        aProject({ strategyNumber: 1, fundingSource: "ORD", budget: 1_00 }),
        aProject({ strategyNumber: 2, fundingSource: "ORD", budget: 8_00 }),
      ],
    });
    const summary = rollupPlan(plan, main);
    expect(summary.fundingSources).toEqual([
      { source: "ORD", projects: 2, budget: 9_00 },
      { source: "ACC", projects: 1, budget: 2_00 },
      { source: "SPG", projects: 1, budget: 4_00 },
    ]);
    expect(summary.strategyByFunding).toEqual([
      { strategy: 1, source: "ORD", projects: 1, budget: 1_00 },
      { strategy: 1, source: "ACC", projects: 1, budget: 2_00 },
      { strategy: 2, source: "ORD", projects: 1, budget: 8_00 },
      { strategy: 2, source: "SPG", projects: 1, budget: 4_00 },
    ]);
  });

  it("counts projects active in each fiscal month, October first", () => {
    const plan = aPlan({
      projects: [aProject({ months: monthMask(0, 1) }), aProject({ months: monthMask(1, 11) })],
    });
    expect(rollupPlan(plan, main).months.map((m) => m.projects)).toEqual([
      1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
    ]);
  });

  it("groups equipment by official type order, then by work plan", () => {
    const plan = aPlan({
      equipment: [
        anEquipment({
          equipmentType: "ครุภัณฑ์คอมพิวเตอร์หรืออิเล็กทรอนิกส์",
          workPlan: "แผนงานการศึกษา",
          budget: 24_000_00,
        }),
        anEquipment({ equipmentType: "ครุภัณฑ์สำนักงาน", workPlan: "แผนงานการศึกษา", budget: 145_000_00 }),
        anEquipment({
          equipmentType: "ครุภัณฑ์คอมพิวเตอร์หรืออิเล็กทรอนิกส์",
          workPlan: "แผนงานบริหารงานทั่วไป",
          budget: 20_000_00,
        }),
      ],
    });
    expect(rollupPlan(plan, main).equipment).toEqual({
      items: 3,
      budget: 189_000_00,
      types: [
        {
          type: "ครุภัณฑ์สำนักงาน",
          items: 1,
          budget: 145_000_00,
          workPlans: [{ name: "แผนงานการศึกษา", items: 1, budget: 145_000_00 }],
        },
        {
          type: "ครุภัณฑ์คอมพิวเตอร์หรืออิเล็กทรอนิกส์",
          items: 2,
          budget: 44_000_00,
          workPlans: [
            { name: "แผนงานบริหารงานทั่วไป", items: 1, budget: 20_000_00 },
            { name: "แผนงานการศึกษา", items: 1, budget: 24_000_00 },
          ],
        },
      ],
    });
  });

  it("summarises an empty edition as zeros with no groups", () => {
    const summary = rollupPlan(aPlan({ projects: [aProject()] }), {
      edition: "แก้ไข 1/2570",
      excludeUnbudgeted: false,
    });
    expect(summary.total).toEqual({ projects: 0, budget: 0, projectsPercent: 0, budgetPercent: 0 });
    expect([summary.strategies, summary.fundingSources, summary.strategyByFunding]).toEqual([[], [], []]);
    expect(summary.fiscalYear).toBe(2570);
  });
});
