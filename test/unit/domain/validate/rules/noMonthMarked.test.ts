import { analysePlan } from "../../../../../src/domain/analysePlan";
import { findings } from "../../../../builders/findings";
import { planGrids } from "../../../../builders/planGrids";

describe("noMonthMarked", () => {
  it("flags a project with no month marked at its ต.ค. cell", () => {
    const grids = planGrids().withProject({ "ต.ค.": null }).build();
    expect(findings(grids)).toEqual(["error no-month-marked โครงการ!J2"]);
    expect(analysePlan(grids).plan.projects).toEqual([]);
  });

  it("treats a row of zeros as unscheduled", () => {
    const zeros = Object.fromEntries(
      ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."].map(
        (m) => [m, 0],
      ),
    );
    expect(findings(planGrids().withEquipment(zeros).build())).toEqual(["error no-month-marked ครุภัณฑ์!J2"]);
  });

  it("accepts any mark in any month", () => {
    const grids = planGrids().withProject({ "ต.ค.": null, "มี.ค.": "x", "ก.ย.": 1 }).build();
    expect(findings(grids)).toEqual([]);
    expect(analysePlan(grids).plan.projects[0]?.months).toEqual([
      false,
      false,
      false,
      false,
      false,
      true,
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
  });
});
