import { findings, paramsOf } from "../../../../builders/findings";
import { planGrids } from "../../../../builders/planGrids";

describe("budgetSourceMismatch", () => {
  it("warns about a budget on a project marked ไม่ใช้งบประมาณ", () => {
    const grids = planGrids().withProject({ แหล่งงบประมาณ: "ไม่ใช้งบประมาณ", "งบประมาณ (บาท)": 5000 }).build();
    expect(findings(grids)).toEqual(["warning budget-with-no-budget-source โครงการ!F2"]);
  });

  it("warns about a zero budget with a budgeted source", () => {
    const grids = planGrids()
      .withProject({ "งบประมาณ (บาท)": "-" })
      .withEquipment({ "งบประมาณ (บาท)": 0 })
      .build();
    expect(findings(grids)).toEqual([
      "warning zero-budget-with-budgeted-source โครงการ!F2",
      "warning zero-budget-with-budgeted-source ครุภัณฑ์!F2",
    ]);
    expect(
      paramsOf(planGrids().withProject({ "งบประมาณ (บาท)": 0 }).build(), "zero-budget-with-budgeted-source"),
    ).toEqual({
      value: "0",
      source: "ข้อบัญญัติงบประมาณรายจ่ายประจำปี",
    });
  });

  it("accepts zero with ไม่ใช้งบประมาณ and any amount from another agency", () => {
    const grids = planGrids()
      .withProject({ แหล่งงบประมาณ: "ไม่ใช้งบประมาณ", "งบประมาณ (บาท)": 0, งบ: null, หมวด: null })
      .withProject({ แหล่งงบประมาณ: "หน่วยงานอื่นดำเนินการ", "งบประมาณ (บาท)": 6_500_000, งบ: null, หมวด: null })
      .build();
    expect(findings(grids)).toEqual([]);
  });
});
