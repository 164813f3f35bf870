import { analysePlan } from "../../../../../src/domain/analysePlan";
import { rollupPlan } from "../../../../../src/domain/rollup/rollupPlan";
import { findings, paramsOf } from "../../../../builders/findings";
import { planGrids } from "../../../../builders/planGrids";

describe("mergedCells", () => {
  it("reports a budget merged over two project rows at its top-left cell, and never counts it twice", () => {
    // The hidden cell F3 still holds its value, as LibreOffice keeps it when merging.
    const grids = planGrids()
      .withProject({ "งบประมาณ (บาท)": 50000 })
      .withProject({ "งบประมาณ (บาท)": 50000 })
      .withMerge("Projects", "F2:F3")
      .build();
    expect(findings(grids)).toEqual(["error merged-cells โครงการ!F2", "error missing-value โครงการ!F3"]);
    expect(paramsOf(grids, "merged-cells")).toEqual({ range: "F2:F3", table: "Projects" });
    const summary = rollupPlan(analysePlan(grids).plan, { edition: null, excludeUnbudgeted: false });
    expect(summary.total).toMatchObject({ projects: 1, budget: 5_000_000 });
  });

  it("reports a merge across columns of one row, and merges reaching into the rows typed below", () => {
    const grids = planGrids()
      .withProject()
      .withProjectBelow()
      .withMerge("Projects", "D2:E2")
      .withMerge("Projects", "G3:G4")
      .build();
    expect(findings(grids, "merged-cells")).toEqual([
      "error merged-cells โครงการ!D2",
      "error merged-cells โครงการ!G3",
    ]);
  });

  it("leaves merges outside the data rows alone", () => {
    const grids = planGrids().withProject().withMerge("Projects", "A1:B1").build();
    expect(findings(grids)).toEqual([]);
  });
});
