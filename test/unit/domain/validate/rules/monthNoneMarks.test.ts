import { analysePlan } from "../../../../../src/domain/analysePlan";
import { findings, paramsOf } from "../../../../builders/findings";
import { planGrids } from "../../../../builders/planGrids";

describe("monthNoneMarks", () => {
  it("reads a lone '-' or '0' as not running that month, with one warning per row listing the cells", () => {
    const grids = planGrids()
      .withProject({ "ต.ค.": "✓", "พ.ย.": "-", "ธ.ค.": "-", "ม.ค.": 0 })
      .withProject({ "ต.ค.": "✓" })
      .build();
    expect(findings(grids)).toEqual(["warning month-none-mark โครงการ!K2"]);
    expect(paramsOf(grids, "month-none-mark")).toEqual({ value: "-", cells: "K2, L2, M2" });
    expect(analysePlan(grids).plan.projects[0]?.months.slice(0, 4)).toEqual([true, false, false, false]);
  });

  it("says nothing more on a row with no month marked: its error says it", () => {
    const grids = planGrids().withProject({ "ต.ค.": "-", "พ.ย.": "0" }).build();
    expect(findings(grids)).toEqual(["error no-month-marked โครงการ!J2"]);
  });
});
