import { analysePlan } from "../../../../../src/domain/analysePlan";
import { findings } from "../../../../builders/findings";
import { planGrids } from "../../../../builders/planGrids";

describe("unknownStrategy", () => {
  it("flags a strategy number that is not in the Strategies table", () => {
    const grids = planGrids().withProject({ ยุทธศาสตร์: 7 }).build();
    expect(findings(grids)).toEqual(["error unknown-strategy โครงการ!B2"]);
    expect(analysePlan(grids).plan.projects).toEqual([]);
  });

  it("flags a name that matches no strategy", () => {
    expect(findings(planGrids().withProject({ ยุทธศาสตร์: "ยุทธศาสตร์การท่องเที่ยว" }).build())).toEqual([
      "error unknown-strategy โครงการ!B2",
    ]);
  });

  it.each([1, "1", "๑", "ยุทธศาสตร์ที่ 1", "ยุทธศาสตร์ที่ ๑", " ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน "])(
    "reads %p as strategy 1",
    (typed) => {
      const { plan, issues } = analysePlan(planGrids().withProject({ ยุทธศาสตร์: typed }).build());
      expect(issues).toEqual([]);
      expect(plan.projects[0]?.strategyNumber).toBe(1);
    },
  );
});
