import { findings, paramsOf } from "../../../../builders/findings";
import { planGrids } from "../../../../builders/planGrids";

describe("cellErrorValues", () => {
  it("flags a spreadsheet error value in any used cell, including unrelated columns", () => {
    const grids = planGrids()
      .withProject()
      .withProject({ "งบประมาณ (บาท)": { error: "#REF!" }, หมายเหตุ: { error: "#N/A" } })
      .build();
    expect(findings(grids, "cell-error")).toEqual([
      "error cell-error โครงการ!F3",
      "error cell-error โครงการ!Y3",
    ]);
    expect(paramsOf(planGrids().withSetting("อำเภอ", { error: "#VALUE!" }).build(), "cell-error")).toEqual({
      value: "#VALUE!",
    });
  });

  it("leaves a row with an error in a key field out of the plan, without a second complaint", () => {
    const grids = planGrids()
      .withProject({ แผนงาน: { error: "#REF!" } })
      .build();
    expect(findings(grids)).toEqual(["error cell-error โครงการ!C2"]);
  });

  it("is silent on a clean plan", () => {
    expect(findings(planGrids().withProject().build(), "cell-error")).toEqual([]);
  });
});
