import { findings, paramsOf } from "../../../../builders/findings";
import { planGrids } from "../../../../builders/planGrids";

describe("missingRequiredValue", () => {
  it("flags each blank required cell of a project at its cell", () => {
    const grids = planGrids().withProject({ ยุทธศาสตร์: null, โครงการ: " ", "งบประมาณ (บาท)": null }).build();
    expect(findings(grids, "missing-value")).toEqual([
      "error missing-value โครงการ!B2",
      "error missing-value โครงการ!D2",
      "error missing-value โครงการ!F2",
    ]);
  });

  it("flags blank equipment, strategy and budget-line fields", () => {
    const grids = planGrids()
      .withEquipment({ ประเภทครุภัณฑ์: null, แหล่งงบประมาณ: null })
      .withStrategies([{ ลำดับ: 1, ยุทธศาสตร์: null }])
      .withBudgetLine({ แผนงาน: "แผนงานการศึกษา", "จำนวนเงิน (บาท)": null })
      .build();
    expect(findings(grids, "missing-value")).toEqual([
      "error missing-value ยุทธศาสตร์!B2",
      "error missing-value ครุภัณฑ์!C2",
      "error missing-value ครุภัณฑ์!G2",
      "error missing-value งบตามข้อบัญญัติ!D2",
    ]);
  });

  it("names the field in its params", () => {
    expect(paramsOf(planGrids().withProject({ แผนงาน: null }).build(), "missing-value")).toEqual({
      field: "workPlan",
      table: "Projects",
    });
  });

  it("reads a blank budget as 0 for projects without a budget of their own", () => {
    const grids = planGrids()
      .withProject({ "งบประมาณ (บาท)": null, แหล่งงบประมาณ: "ไม่ใช้งบประมาณ", งบ: null, หมวด: null })
      .withProject({ "งบประมาณ (บาท)": null, แหล่งงบประมาณ: "หน่วยงานอื่นดำเนินการ", งบ: null, หมวด: null })
      .build();
    expect(findings(grids)).toEqual([]);
  });
});
