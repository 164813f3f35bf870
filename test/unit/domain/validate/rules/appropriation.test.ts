import { findings, paramsOf } from "../../../../builders/findings";
import { planGrids } from "../../../../builders/planGrids";

const line = (
  แผนงาน: string,
  amount: number | string,
  งบ: string | null = null,
  หมวด: string | null = null,
) => ({
  แผนงาน,
  งบ,
  หมวด,
  "จำนวนเงิน (บาท)": amount,
});

describe("appropriation", () => {
  it("flags a work plan whose ordinance-funded projects exceed its appropriation", () => {
    const grids = planGrids()
      .withProject({ "งบประมาณ (บาท)": 60_000 })
      .withProject({ "งบประมาณ (บาท)": 50_000 })
      .withBudgetLine(line("แผนงานการศึกษา", "100,000"))
      .build();
    expect(findings(grids)).toEqual(["error over-appropriation งบตามข้อบัญญัติ!D2"]);
    expect(paramsOf(grids, "over-appropriation")).toEqual({
      workPlan: "แผนงานการศึกษา",
      planned: 11_000_000,
      appropriated: 10_000_000,
    });
  });

  it("warns when the plan is under the appropriation", () => {
    const grids = planGrids()
      .withProject({ "งบประมาณ (บาท)": 60_000 })
      .withBudgetLine(line("แผนงานการศึกษา", 100_000))
      .build();
    expect(findings(grids)).toEqual(["warning under-appropriation งบตามข้อบัญญัติ!D2"]);
  });

  it("flags a work plan with ordinance-funded items but no appropriation, at its first item", () => {
    const grids = planGrids()
      .withEquipment()
      .withProject()
      .withBudgetLine(line("แผนงานการศึกษา", 10_000))
      .build();
    expect(findings(grids)).toEqual(["error over-appropriation ครุภัณฑ์!F2"]);
  });

  it("checks a งบ/หมวด line against the items of that pair, equipment being งบลงทุน/ค่าครุภัณฑ์", () => {
    const grids = planGrids()
      .withEquipment({ แผนงาน: "แผนงานการศึกษา", "งบประมาณ (บาท)": 30_000 })
      .withProject({ "งบประมาณ (บาท)": 10_000 })
      .withBudgetLine(line("แผนงานการศึกษา", 20_000, "งบลงทุน", "ค่าครุภัณฑ์"))
      .withBudgetLine(line("แผนงานการศึกษา", 20_000, "งบดำเนินงาน", "ค่าใช้สอย"))
      .build();
    // The work plan's total matches (40,000); the pairs do not.
    expect(findings(grids)).toEqual([
      "error over-appropriation งบตามข้อบัญญัติ!D2",
      "warning under-appropriation งบตามข้อบัญญัติ!D3",
    ]);
    expect(paramsOf(grids, "over-appropriation")).toMatchObject({
      budgetType: "งบลงทุน",
      expenditureCategory: "ค่าครุภัณฑ์",
    });
  });

  it("says a shortfall once when the work plan and its only pair fall short together", () => {
    const grids = planGrids()
      .withProject({ "งบประมาณ (บาท)": 10_000 })
      .withBudgetLine(line("แผนงานการศึกษา", 20_000, "งบดำเนินงาน", "ค่าใช้สอย"))
      .build();
    expect(findings(grids)).toEqual(["warning under-appropriation งบตามข้อบัญญัติ!D2"]);
    expect(paramsOf(grids, "under-appropriation")).toMatchObject({
      budgetType: "งบดำเนินงาน",
      planned: 1_000_000,
    });
  });

  it("ignores projects not paid from the ordinance, and is silent when totals match or there is no table", () => {
    const grids = planGrids()
      .withProject({ "งบประมาณ (บาท)": 10_000 })
      .withProject({ "งบประมาณ (บาท)": 99_000, แหล่งงบประมาณ: "เงินอุดหนุนเฉพาะกิจ" })
      .withBudgetLine(line("แผนงานการศึกษา", "10,000.00"))
      .build();
    expect(findings(grids)).toEqual([]);
    expect(findings(planGrids().withProject().build())).toEqual([]);
  });
});
