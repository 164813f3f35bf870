import { findings } from "../../builders/findings";
import { planGrids } from "../../builders/planGrids";
import sample from "../../../src/sample/sample-plan-2570.json";
import { sampleTables } from "../../../src/sample/samplePlan";
import { analysePlan, analysePlanWith } from "../../../src/domain/analysePlan";
import type { TableGrid } from "../../../src/domain/grid/TableGrid";
import { MAIN_EDITION } from "../../../src/domain/model/editionCode";
import type { Project } from "../../../src/domain/model/plan";

const baht = (satang: number): number => satang / 100;
const totals = (projects: readonly Project[]) => ({
  projects: projects.length,
  budget: baht(projects.reduce((sum, p) => sum + p.budget, 0)),
});

describe("analysePlan on the sample plan", () => {
  const { plan, issues } = analysePlan(sampleTables());

  it("finds no errors and no warnings", () => {
    expect(issues).toEqual([]);
  });

  it("reads every row, matching the independently computed totals", () => {
    const { expected } = sample;
    expect(totals(plan.projects)).toEqual({
      projects: expected.allEditions.projects,
      budget: expected.allEditions.budget,
    });
    expect(totals(plan.projects.filter((p) => p.edition === MAIN_EDITION))).toEqual({
      projects: expected.main.projects,
      budget: expected.main.budget,
    });
    for (const [number, strategy] of Object.entries(expected.allEditions.byStrategy)) {
      for (const [workPlan, want] of Object.entries(strategy.workPlans)) {
        const own = plan.projects.filter(
          (p) => p.strategyNumber === Number(number) && p.workPlan === workPlan,
        );
        expect({ workPlan, ...totals(own) }).toEqual({ workPlan, ...want });
      }
    }
    for (const [source, want] of Object.entries(expected.allEditionsByFundingSource)) {
      expect({ source, ...totals(plan.projects.filter((p) => p.fundingSource === source)) }).toEqual({
        source,
        ...want,
      });
    }
    expect({
      items: plan.equipment.length,
      budget: baht(plan.equipment.reduce((s, e) => s + e.budget, 0)),
    }).toEqual(expected.equipment);
  });

  it("reads settings, strategies and editions", () => {
    expect(plan.settings).toMatchObject({
      organisationName: sample.organisation.name,
      organisationType: "อบต.",
      fiscalYear: 2570,
    });
    expect(plan.strategies.map((s) => s.number)).toEqual([1, 2, 3, 4]);
    expect(plan.editions.map((e) => [e.code, e.announcementDate])).toEqual([
      ["หลัก", "2026-10-10"],
      ["เพิ่มเติม 1/2570", "2027-03-03"],
      ["เพิ่มเติม 2/2570", "2027-03-20"],
    ]);
  });

  it("keeps each row's source cell", () => {
    expect(plan.projects[0]?.source).toMatchObject({ sheet: "โครงการ", table: "Projects", row: 2 });
    expect(plan.projects[0]?.source?.columns["budget"]).toBe("F");
  });
});

describe("analysePlan never raises a false alarm on a tricky but valid plan", () => {
  const grids = planGrids()
    .withSetting("ปีงบประมาณ (พ.ศ.)", "๒๕๗๐")
    .withProject({ ยุทธศาสตร์: "๑", "งบประมาณ (บาท)": "1,000.00", แผนงาน: " แผนงานการศึกษา " })
    .withProject({
      ยุทธศาสตร์: "ยุทธศาสตร์ที่ 2",
      "งบประมาณ (บาท)": " 378,000 ",
      "ต.ค.": null,
      "พ.ย.": "x",
      "ธ.ค.": 1,
    })
    .withProject({
      ยุทธศาสตร์: "ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิตและสังคม",
      "งบประมาณ (บาท)": "-",
      แหล่งงบประมาณ: "ไม่ใช้งบประมาณ",
      งบ: null,
      หมวด: null,
    })
    .withProject({
      "งบประมาณ (บาท)": "๒๕,๕๐๐.๕๐",
      "ต.ค.": "→",
      ฉบับ: "เพิ่มเติม ฉบับที่ ๑/๒๕๗๐",
      เหตุผลความจำเป็น: "ได้รับจัดสรรงบประมาณเพิ่ม",
    })
    .withProject({ แผนงาน: "แผนงานการพานิชย์", หน่วยงานรับผิดชอบหลัก: "กองสาธารณสุขฯ" })
    .withEquipment({ "งบประมาณ (บาท)": "24,000 บาท", ประเภทครุภัณฑ์: "ครุภัณฑ์คอมพิวเตอร์", "ม.ค.": "/" })
    .build();
  const { plan, issues } = analysePlan(grids);

  it("has no errors, and aliases only as warnings", () => {
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(findings(grids)).toEqual([
      "warning work-plan-alias โครงการ!C6",
      "warning unit-alias โครงการ!I6",
      "warning equipment-type-alias ครุภัณฑ์!C2",
    ]);
  });

  it("keeps every row with the amounts as typed, in satang", () => {
    expect(plan.settings.fiscalYear).toBe(2570);
    expect(plan.projects.map((p) => [p.strategyNumber, p.budget])).toEqual([
      [1, 100_000],
      [2, 37_800_000],
      [2, 0],
      [2, 2_550_050],
      [2, 1_000_000],
    ]);
    expect(plan.projects[3]?.edition).toBe("เพิ่มเติม 1/2570");
    expect(plan.equipment[0]?.budget).toBe(2_400_000);
  });
});

describe("analysePlan finds every negative variant of the sample plan at its cell", () => {
  it.each<[string, (b: ReturnType<typeof planGrids>) => ReturnType<typeof planGrids>, string[]]>([
    [
      "misspelt work plan",
      (b) => b.withProject({ แผนงาน: "แผนงานการพานิชย์" }),
      ["warning work-plan-alias โครงการ!C2"],
    ],
    [
      "invalid งบ–หมวด pair",
      (b) => b.withProject({ งบ: "งบลงทุน", หมวด: "ค่าใช้สอย" }),
      ["error invalid-budget-pair โครงการ!X2"],
    ],
    [
      "budget 0 with ORD",
      (b) => b.withProject({ "งบประมาณ (บาท)": 0 }),
      ["warning zero-budget-with-budgeted-source โครงการ!F2"],
    ],
    [
      "budget “-” with ORD",
      (b) => b.withProject({ "งบประมาณ (บาท)": "-" }),
      ["warning zero-budget-with-budgeted-source โครงการ!F2"],
    ],
    ["no month", (b) => b.withProject({ "ต.ค.": 0 }), ["error no-month-marked โครงการ!J2"]],
    [
      "equipment type alias",
      (b) => b.withEquipment({ ประเภทครุภัณฑ์: "ครุภัณฑ์คอมพิวเตอร์" }),
      ["warning equipment-type-alias ครุภัณฑ์!C2"],
    ],
    [
      "unit alias",
      (b) => b.withProject({ หน่วยงานรับผิดชอบหลัก: "กองสาธารณสุขฯ" }),
      ["warning unit-alias โครงการ!I2"],
    ],
    [
      "Gregorian fiscal year",
      (b) => b.withSetting("ปีงบประมาณ (พ.ศ.)", 2025),
      ["error implausible-fiscal-year ตั้งค่า!B6"],
    ],
  ])("%s", (_name, change, expected) => {
    expect(findings(change(planGrids()).build())).toEqual(expected);
  });
});

describe("analysePlan", () => {
  it("sorts issues by sheet (template order), row, then column", () => {
    const grids = planGrids()
      .withEquipment({ "ม.ค.": null })
      .withProject({ แผนงาน: "แผนงานท่องเที่ยว" })
      .withProject({ "งบประมาณ (บาท)": "x", ยุทธศาสตร์: 9 })
      .withSetting("จังหวัด", null)
      .build()
      .reverse();
    expect(findings(grids)).toEqual([
      "warning missing-setting ตั้งค่า!B5",
      "error unknown-work-plan โครงการ!C2",
      "error unknown-strategy โครงการ!B3",
      "error unreadable-budget โครงการ!F3",
      "error no-month-marked ครุภัณฑ์!J2",
    ]);
  });

  it("leaves rows with errors in key fields out of the plan and keeps the others", () => {
    const grids = planGrids()
      .withProject({ โครงการ: "โครงการดี" })
      .withProject({ แหล่งงบประมาณ: "เงินบริจาค" })
      .withProject({ แผนงาน: null })
      .withProject({ โครงการ: "โครงการงบผิดหมวด", งบ: "งบลงทุน", หมวด: "ค่าใช้สอย" })
      .build();
    const { plan, issues } = analysePlan(grids);
    expect(plan.projects.map((p) => p.name)).toEqual(["โครงการดี", "โครงการงบผิดหมวด"]);
    // งบ/หมวด are not key fields: the project still counts, without the invalid pair.
    expect(plan.projects[1]?.budgetType).toBeUndefined();
    expect(plan.projects[1]?.expenditureCategory).toBeUndefined();
    expect(issues.map((i) => i.code)).toEqual([
      "unknown-funding-source",
      "missing-value",
      "invalid-budget-pair",
    ]);
  });

  it("skips blank rows", () => {
    const grids = planGrids().withProject().build();
    const withBlank: TableGrid[] = grids.map((t) =>
      t.name === "Projects"
        ? { ...t, rows: [t.headers.map(() => null), ...t.rows, t.headers.map(() => "  ")] }
        : t,
    );
    const { plan, issues } = analysePlan(withBlank);
    expect(issues).toEqual([]);
    expect(plan.projects[0]?.source?.row).toBe(3);
  });

  it("skips empty rows that staff numbered in advance", () => {
    const grids = planGrids().withProject().withProject({}).build();
    const numbered = grids.map((t) =>
      t.name === "Projects"
        ? { ...t, rows: [...t.rows.slice(0, 1), t.headers.map((h) => (h === "ที่" ? 2 : null))] }
        : t,
    );
    expect(analysePlan(numbered).issues).toEqual([]);
    expect(analysePlan(numbered).plan.projects).toHaveLength(1);
  });

  it("never changes the grids it reads", () => {
    const grids = planGrids().withProject({ แผนงาน: "แผนงานการพานิชย์", "งบประมาณ (บาท)": " 1,000 " }).build();
    const before = JSON.stringify(grids);
    analysePlan(grids);
    expect(JSON.stringify(grids)).toBe(before);
  });

  it("runs the rules it is given (the spot for more checkers)", () => {
    const grids = planGrids().withProject({ "ต.ค.": null }).build();
    expect(analysePlanWith(grids, []).issues).toEqual([]);
    const custom = analysePlanWith(grids, [
      ({ plan }) => [
        {
          code: "duplicate-strategy-number",
          severity: "warning",
          params: { number: plan.projects.length, firstCell: "A2" },
        },
      ],
    ]);
    expect(custom.issues).toEqual([
      { code: "duplicate-strategy-number", severity: "warning", params: { number: 0, firstCell: "A2" } },
    ]);
  });
});
