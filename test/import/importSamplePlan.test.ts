import sample from "../../src/sample/sample-plan-2570.json";
import { toA1 } from "../../src/domain/grid/a1";
import { importPd02Sheet } from "../../src/domain/import/importPd02Sheet";
import type { ImportResult } from "../../src/domain/import/ImportResult";
import { activeRuns, FISCAL_MONTHS } from "../../src/domain/model/months";
import { SheetBuilder } from "./fixtures/sheetBuilder";
import { paramOf } from "../builders/findings";

type SampleProject = (typeof sample.projects)[number];

const NOTES: Record<string, string> = {
  SPG: " (เงินอุดหนุนเฉพาะกิจ)",
  ACC: " (จ่ายขาดเงินสะสม)",
  NONE: " (ไม่ใช้งบประมาณ)",
};
/** Spellings seen in real books, used in place of the canonical names for two work plans. */
const TYPED_WORK_PLAN: Record<string, string> = {
  แผนงานการรักษาความสงบภายใน: "แผนงานรักษาความสงบภายใน",
  แผนงานบริหารงานทั่วไป: "แผนงานบริหารทั่วไป",
};
const FIRST_MONTH_COLUMN = 6; // G

const mask = (p: SampleProject): boolean[] => FISCAL_MONTHS.map((m) => (p.months as string[]).includes(m));

/** The sample plan typed by hand as one ผด.02 sheet per edition block, the way an อปท. keeps it. */
function handMadeSamplePlan(): SheetBuilder {
  const b = new SheetBuilder("ผด.02")
    .merged("A1:R1", "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2570")
    .merged("A2:A3", "ที่")
    .merged("B2:B3", "โครงการ")
    .merged("C2:C3", "รายละเอียดของกิจกรรมที่เกิดขึ้นจากโครงการ")
    .merged("D2:D3", "งบประมาณ (บาท)")
    .merged("E2:E3", "สถานที่ดำเนินการ")
    .merged("F2:F3", "หน่วยงานรับผิดชอบหลัก")
    .merged("G2:I2", "พ.ศ. 2569")
    .merged("J2:R2", "พ.ศ. 2570")
    .row("G3", ...FISCAL_MONTHS);
  let row = 3; // 0-based index of the next row to write
  const next = () => toA1(row++, 0);
  for (const edition of sample.editions.map((e) => e.code)) {
    const inEdition = sample.projects.filter((p) => p.edition === edition);
    if (edition !== "หลัก") b.row(next(), edition.replace(" ", "ครั้งที่ "));
    for (const strategy of sample.strategies) {
      const ofStrategy = inEdition.filter((p) => p.strategy === strategy.number);
      if (ofStrategy.length === 0) continue;
      b.row(next(), `${strategy.number}. ${strategy.name}`);
      const workPlans = [...new Set(ofStrategy.map((p) => p.workPlan))];
      workPlans.forEach((workPlan, w) => {
        b.row(next(), `${strategy.number}.${w + 1} ${TYPED_WORK_PLAN[workPlan] ?? workPlan}`);
        ofStrategy
          .filter((p) => p.workPlan === workPlan)
          .forEach((p, i) => {
            const r = row;
            const budget =
              p.budget === 0 ? "-" : p.budget.toLocaleString("en-US", { minimumFractionDigits: 2 });
            const detail = p.activityDetail + (NOTES[p.fundingSource] ?? "");
            b.row(next(), i + 1, p.name, detail, budget, p.location, p.responsibleUnit);
            for (const [first, last] of activeRuns(mask(p))) {
              const from = toA1(r, FIRST_MONTH_COLUMN + first);
              if (first === last) b.row(from, "✓");
              else b.merged(`${from}:${toA1(r, FIRST_MONTH_COLUMN + last)}`, "←→");
            }
          });
      });
    }
    row++; // a blank spacer row between edition blocks
  }
  return b.row(toA1(row, 1), "รวมทั้งสิ้น", undefined, sample.expected.allEditions.budget);
}

describe("importPd02Sheet — the sample plan typed by hand", () => {
  let result: ImportResult;
  beforeAll(async () => {
    result = importPd02Sheet(await handMadeSamplePlan().read(), { fiscalYear: sample.fiscalYear });
  });
  const budgetOf = (projects: ImportResult["projects"]) => projects.reduce((sum, p) => sum + p.budget, 0);

  it("imports every project with the independently computed totals", () => {
    expect(result.rowsImported).toBe(sample.expected.allEditions.projects);
    expect(budgetOf(result.projects)).toBe(sample.expected.allEditions.budget * 100);
    const main = result.projects.filter((p) => p.edition === "หลัก");
    expect(main).toHaveLength(sample.expected.main.projects);
    expect(budgetOf(main)).toBe(sample.expected.main.budget * 100);
  });

  it("puts each project under its strategy and canonical work plan", () => {
    for (const [number, expected] of Object.entries(sample.expected.allEditions.byStrategy)) {
      const ofStrategy = result.projects.filter((p) => p.strategyNumber === Number(number));
      expect(budgetOf(ofStrategy)).toBe(expected.budget * 100);
      for (const [workPlan, wp] of Object.entries(expected.workPlans)) {
        expect(budgetOf(ofStrategy.filter((p) => p.workPlan === workPlan))).toBe(wp.budget * 100);
      }
    }
    expect(result.strategies.map((s) => [s.number, s.name])).toEqual(
      sample.strategies.map((s) => [s.number, s.name]),
    );
  });

  it("reads each project's funding source, months and edition as the sample has them", () => {
    const byName = new Map(result.projects.map((p) => [p.name, p]));
    for (const p of sample.projects) {
      expect([
        p.no,
        byName.get(p.name)?.fundingSource,
        byName.get(p.name)?.months,
        byName.get(p.name)?.edition,
      ]).toEqual([p.no, p.fundingSource, mask(p), p.edition]);
    }
  });

  it("finds the grand total right and asks to review only the projects whose source it assumed", () => {
    expect(result.issues.map((i) => [i.code, paramOf(i, "count")])).toEqual([
      ["import-funding-assumed", sample.projects.filter((p) => p.fundingSource === "ORD").length],
    ]);
  });
});
