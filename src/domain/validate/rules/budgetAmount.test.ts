import { analysePlan } from "../../analysePlan";
import { findings, paramsOf } from "../../../../test/builders/findings";
import { planGrids } from "../../../../test/builders/planGrids";

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

  it("accepts tolerant formats", () => {
    const grids = planGrids().withProject({ "งบประมาณ (บาท)": "๑๐,๐๐๐.๐๐ บาท" }).build();
    expect(findings(grids)).toEqual([]);
    expect(analysePlan(grids).plan.projects[0]?.budget).toBe(1_000_000);
  });
});
