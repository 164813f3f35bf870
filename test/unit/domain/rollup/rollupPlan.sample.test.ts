import { bahtToSatang } from "../../../../src/domain/model/money";
import type { PlanSummary } from "../../../../src/domain/rollup/PlanSummary";
import { rollupPlan } from "../../../../src/domain/rollup/rollupPlan";
import { samplePlan, sampleExpected } from "../../../fixtures/samplePlan";

/**
 * The sample plan against the fixture's independently computed `expected` block (counts, baht) and
 * the percentages its printed ผด.01 shows. That print rounds every row on its own, which breaks
 * the contract that displayed children add up to their displayed parent; where that happens the
 * largest-remainder value differs by one hundredth, listed in `adjusted(…)` with the reason.
 */
const plan = samplePlan();

type ExpectedBlock = (typeof sampleExpected)["main"];

function countsOf(summary: PlanSummary) {
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

function inSatang(block: ExpectedBlock) {
  return {
    projects: block.projects,
    budget: bahtToSatang(block.budget),
    byStrategy: Object.fromEntries(
      Object.entries(block.byStrategy).map(([n, s]) => [
        n,
        {
          projects: s.projects,
          budget: bahtToSatang(s.budget),
          workPlans: Object.fromEntries(
            Object.entries(s.workPlans).map(([w, t]) => [
              w,
              { projects: t.projects, budget: bahtToSatang(t.budget) },
            ]),
          ),
        },
      ]),
    ),
  };
}

/** Rows of the printed ผด.01: strategy number or work-plan name, projects %, budget % (hundredths). */
type PercentRow = [label: string, projectsPercent: number, budgetPercent: number];
type Adjustments = Record<string, Partial<{ projects: number; budget: number }>>;

/** Rows in output order; work plans are labelled by name because their order is the official one. */
function percentRows(summary: PlanSummary): PercentRow[] {
  return summary.strategies.flatMap((s) => [
    [String(s.number), s.projectsPercent, s.budgetPercent] as PercentRow,
    ...s.workPlans.map((w) => [w.name, w.projectsPercent, w.budgetPercent] as PercentRow),
  ]);
}

function adjusted(reference: readonly PercentRow[], adjustments: Adjustments): PercentRow[] {
  return reference.map(([label, p, b]) => [
    label,
    adjustments[label]?.projects ?? p,
    adjustments[label]?.budget ?? b,
  ]);
}

describe("rollupPlan on the sample plan (FY 2570)", () => {
  describe("main edition (หลัก)", () => {
    const summary = rollupPlan(plan, { edition: "หลัก", excludeUnbudgeted: false });

    it("reproduces the fixture's counts and budgets by strategy and work plan", () => {
      expect(countsOf(summary)).toEqual(inSatang(sampleExpected.main));
      expect(summary.total.projects).toBe(21);
      expect(summary.total.budget).toBe(3_442_525_00);
    });

    it("omits แผนงานการพาณิชย์, which has no rows in this edition", () => {
      expect(summary.strategies.find((s) => s.number === 3)?.workPlans.map((w) => w.name)).toEqual([
        "แผนงานการเกษตร",
      ]);
    });

    it("prints the printed percentages, adjusted where independent rounding misses the parent", () => {
      // Work plans follow the plan's own listing order, so the rows read as the print numbers them
      // (1.1 อุตสาหกรรมและการโยธา … 2.5 การรักษาความสงบภายใน).
      const reference: PercentRow[] = [
        ["1", 2381, 3070],
        ["แผนงานอุตสาหกรรมและการโยธา", 1429, 2446],
        ["แผนงานเคหะและชุมชน", 952, 625],
        ["2", 5238, 6363],
        ["แผนงานการศึกษา", 1429, 4751],
        ["แผนงานสาธารณสุข", 1429, 799],
        ["แผนงานสังคมสงเคราะห์", 476, 116],
        ["แผนงานการศาสนาวัฒนธรรมและนันทนาการ", 952, 378],
        ["แผนงานการรักษาความสงบภายใน", 952, 320],
        ["3", 952, 87],
        ["แผนงานการเกษตร", 952, 87],
        ["4", 1429, 479],
        ["แผนงานบริหารงานทั่วไป", 1429, 479],
      ];
      const expected = adjusted(reference, {
        // Strategies rounded alone read 30.70 + 63.63 + 0.87 + 4.79 = 99.99; the spare hundredth goes to
        // the largest remainder (3070.42 beats 6363.14, 87.15 and 479.30), and then the print's own work
        // plans 6.25 + 24.46 = 30.71 match their parent.
        "1": { budget: 3071 },
        // the print's work plans of strategy 2 sum to 63.64 under 63.63. Splitting 6363 gives 319.53 (การรักษา-
        // ความสงบภายใน), 4750.85, 798.82, 116.19, 377.62: the three spare hundredths go to .85, .82 and
        // .62, so การรักษาความสงบภายใน (.53) stays at 3.19.
        แผนงานการรักษาความสงบภายใน: { budget: 319 },
      });
      expect(percentRows(summary)).toEqual(expected);
      expect(summary.total).toMatchObject({ projectsPercent: 10000, budgetPercent: 10000 });
    });

    it("lists the responsible units of each work plan in first-seen order", () => {
      const units = summary.strategies.flatMap((s) => s.workPlans.map((w) => [w.name, w.units.join(", ")]));
      expect(units).toEqual([
        ["แผนงานอุตสาหกรรมและการโยธา", "กองช่าง"],
        ["แผนงานเคหะและชุมชน", "กองช่าง, กองสาธารณสุขและสิ่งแวดล้อม"],
        ["แผนงานการศึกษา", "กองการศึกษา ศาสนาและวัฒนธรรม"],
        ["แผนงานสาธารณสุข", "กองสาธารณสุขและสิ่งแวดล้อม"],
        ["แผนงานสังคมสงเคราะห์", "สำนักปลัด"],
        ["แผนงานการศาสนาวัฒนธรรมและนันทนาการ", "กองการศึกษา ศาสนาและวัฒนธรรม"],
        ["แผนงานการรักษาความสงบภายใน", "สำนักปลัด"],
        ["แผนงานการเกษตร", "สำนักปลัด"],
        ["แผนงานบริหารงานทั่วไป", "กองคลัง, สำนักปลัด"],
      ]);
    });

    it("counts equipment of the main edition: 5 items, 344,000 baht, grouped by type then work plan", () => {
      expect(summary.equipment.items).toBe(sampleExpected.equipment.items);
      expect(summary.equipment.budget).toBe(bahtToSatang(sampleExpected.equipment.budget));
      expect(summary.equipment.types.map((t) => [t.type, t.items, t.workPlans.map((w) => w.name)])).toEqual([
        ["ครุภัณฑ์สำนักงาน", 2, ["แผนงานบริหารงานทั่วไป", "แผนงานการศึกษา"]],
        ["ครุภัณฑ์ยานพาหนะและขนส่ง", 1, ["แผนงานการรักษาความสงบภายใน"]],
        ["ครุภัณฑ์การเกษตร", 1, ["แผนงานสาธารณสุข"]],
        ["ครุภัณฑ์คอมพิวเตอร์หรืออิเล็กทรอนิกส์", 1, ["แผนงานบริหารงานทั่วไป"]],
      ]);
    });
  });

  describe("additional editions", () => {
    it("เพิ่มเติม 1/2570 has rows #4 and #21: 2 projects, 5,270,000 baht (SPG 4,850,000; ACC 420,000)", () => {
      const summary = rollupPlan(plan, { edition: "เพิ่มเติม 1/2570", excludeUnbudgeted: false });
      expect(summary.total).toMatchObject({ projects: 2, budget: 5_270_000_00 });
      expect(summary.fundingSources).toEqual([
        { source: "ACC", projects: 1, budget: 420_000_00 },
        { source: "SPG", projects: 1, budget: 4_850_000_00 },
      ]);
      expect(summary.equipment).toEqual({ items: 0, budget: 0, types: [] });
    });

    it("เพิ่มเติม 2/2570 is the อบจ. road: 1 project, 6,500,000 baht, and nothing once agencies are excluded", () => {
      expect(rollupPlan(plan, { edition: "เพิ่มเติม 2/2570", excludeUnbudgeted: false }).total).toMatchObject({
        projects: 1,
        budget: 6_500_000_00,
      });
      expect(rollupPlan(plan, { edition: "เพิ่มเติม 2/2570", excludeUnbudgeted: true }).total).toEqual({
        projects: 0,
        budget: 0,
        projectsPercent: 0,
        budgetPercent: 0,
      });
    });
  });

  describe("consolidated (all editions)", () => {
    const summary = rollupPlan(plan, { edition: null, excludeUnbudgeted: false });

    it("reproduces the fixture's counts and budgets", () => {
      expect(countsOf(summary)).toEqual(inSatang(sampleExpected.allEditions));
    });

    it("prints the printed percentages, adjusted where independent rounding misses the parent", () => {
      const reference: PercentRow[] = [
        ["1", 2917, 8156],
        ["แผนงานอุตสาหกรรมและการโยธา", 2083, 8014],
        ["แผนงานเคหะและชุมชน", 833, 141],
        ["2", 4583, 1440],
        ["แผนงานการศึกษา", 1250, 1075],
        ["แผนงานสาธารณสุข", 1250, 181],
        ["แผนงานสังคมสงเคราะห์", 417, 26],
        ["แผนงานการศาสนาวัฒนธรรมและนันทนาการ", 833, 85],
        ["แผนงานการรักษาความสงบภายใน", 833, 72],
        ["3", 1250, 296],
        ["แผนงานการเกษตร", 833, 20],
        ["แผนงานการพาณิชย์", 417, 276],
        ["4", 1250, 108],
        ["แผนงานบริหารงานทั่วไป", 1250, 108],
      ];
      const expected = adjusted(reference, {
        // The print shows 8.33 + 20.83 = 29.16 projects and 1.41 + 80.14 = 81.55 budget under parents of
        // 29.17 and 81.56. Splitting the parents gives 833.43 / 2083.57 and 141.33 / 8014.67, so the
        // spare hundredth goes to อุตสาหกรรมและการโยธา both times.
        แผนงานอุตสาหกรรมและการโยธา: { projects: 2084, budget: 8015 },
        // Strategy 2's work plans print 14.39 under 14.40. Splitting 1440 gives 72.31, 1075.16, 180.78,
        // 26.30, 85.46: the two spare hundredths go to .78 and .46, so ศาสนาวัฒนธรรม reads 0.86.
        แผนงานการศาสนาวัฒนธรรมและนันทนาการ: { budget: 86 },
      });
      expect(percentRows(summary)).toEqual(expected);
    });

    it("reproduces the fixture's funding-source totals, in code order", () => {
      const expected = sampleExpected.allEditionsByFundingSource;
      expect(summary.fundingSources).toEqual([
        { source: "ORD", projects: expected.ORD.projects, budget: bahtToSatang(expected.ORD.budget) },
        {
          source: "ORD-SUB",
          projects: expected["ORD-SUB"].projects,
          budget: bahtToSatang(expected["ORD-SUB"].budget),
        },
        { source: "ACC", projects: expected.ACC.projects, budget: bahtToSatang(expected.ACC.budget) },
        { source: "SPG", projects: expected.SPG.projects, budget: bahtToSatang(expected.SPG.budget) },
        { source: "NONE", projects: expected.NONE.projects, budget: bahtToSatang(expected.NONE.budget) },
        {
          source: "AGENCY",
          projects: expected.AGENCY.projects,
          budget: bahtToSatang(expected.AGENCY.budget),
        },
      ]);
    });

    it("leaving out other agencies' and no-budget rows counts 22 projects, 8,712,525 baht", () => {
      const excluded = rollupPlan(plan, { edition: null, excludeUnbudgeted: true });
      // the print's "23 projects" drops only the agency row; the option also drops the 0-baht ไม่ใช้งบประมาณ row.
      expect(excluded.total).toMatchObject({ projects: 22, budget: 8_712_525_00 });
    });
  });
});
