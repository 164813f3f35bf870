import { analysePlan } from "../../../../../src/domain/analysePlan";
import { findings, paramsOf } from "../../../../builders/findings";
import { planGrids } from "../../../../builders/planGrids";

describe("budgetAmount", () => {
  it("flags an unreadable budget and leaves the row out of the plan", () => {
    const grids = planGrids().withProject({ "งบประมาณ (บาท)": "ห้าหมื่น" }).build();
    expect(findings(grids)).toEqual(["error unreadable-budget โครงการ!F2"]);
    expect(paramsOf(grids, "unreadable-budget")).toEqual({ value: "ห้าหมื่น" });
    expect(analysePlan(grids).plan.projects).toEqual([]);
  });

  it("flags a negative budget, in projects, equipment and budget lines", () => {
    const grids = planGrids()
      .withProject({ "งบประมาณ (บาท)": -100 })
      .withEquipment({ "งบประมาณ (บาท)": "-2,000" })
      .withBudgetLine({ แผนงาน: "แผนงานการศึกษา", "จำนวนเงิน (บาท)": "-1" })
      .build();
    expect(findings(grids, "negative-budget")).toEqual([
      "error negative-budget โครงการ!F2",
      "error negative-budget ครุภัณฑ์!F2",
      "error negative-budget งบตามข้อบัญญัติ!D2",
    ]);
  });

  // A budget of 1e15 passed validate, then summary and build crashed in largestRemainder (issue #13).
  it("is an error at the cell for an amount of 10^12 baht or more, in every money column", () => {
    const grids = planGrids()
      .withProject({ "งบประมาณ (บาท)": 1e15 })
      .withEquipment({ "งบประมาณ (บาท)": "1,000,000,000,000.00" })
      .withBudgetLine({ แผนงาน: "แผนงานการศึกษา", "จำนวนเงิน (บาท)": 5e12 })
      .build();
    expect(findings(grids)).toEqual([
      "error budget-too-large โครงการ!F2",
      "error budget-too-large ครุภัณฑ์!F2",
      "error budget-too-large งบตามข้อบัญญัติ!D2",
    ]);
    expect(paramsOf(planGrids().withProject({ "งบประมาณ (บาท)": 1e15 }).build(), "budget-too-large")).toEqual(
      {
        value: "1000000000000000",
        limit: 1e12,
      },
    );
    expect(analysePlan(grids).plan.projects).toEqual([]);
  });

  it("leaves out the amounts that would take the plan's total to 10^12 baht, each an error at its cell", () => {
    const big = 400_000_000_000;
    const grids = planGrids()
      .withProject({ "งบประมาณ (บาท)": big })
      .withProject({ "งบประมาณ (บาท)": big })
      .withProject({ "งบประมาณ (บาท)": big })
      .withEquipment({ "งบประมาณ (บาท)": big })
      .build();
    expect(findings(grids)).toEqual([
      "error plan-total-too-large โครงการ!F4",
      "error plan-total-too-large ครุภัณฑ์!F2",
    ]);
    const { plan } = analysePlan(grids);
    expect(plan.projects.map((p) => p.budget)).toEqual([big * 100, big * 100]);
    expect(plan.equipment).toEqual([]);
  });

  it("accepts tolerant formats", () => {
    const grids = planGrids().withProject({ "งบประมาณ (บาท)": "๑๐,๐๐๐.๐๐ บาท" }).build();
    expect(findings(grids)).toEqual([]);
    expect(analysePlan(grids).plan.projects[0]?.budget).toBe(1_000_000);
  });
});
