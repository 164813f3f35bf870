import { analysePlan } from "../../src/domain/analysePlan";
import { planGrids } from "./planGrids";

describe("planGrids", () => {
  it("builds a small valid plan by default", () => {
    const { plan, issues } = analysePlan(planGrids().build());
    expect(issues).toEqual([]);
    expect(plan.strategies).toHaveLength(2);
    expect(plan.projects).toEqual([]);
  });

  it("adds default rows with only the stated changes, numbered and named apart", () => {
    const grids = planGrids().withProject().withProject({ "งบประมาณ (บาท)": "1,000.00" }).build();
    const projects = grids.find((t) => t.name === "Projects");
    expect(projects?.rows.map((r) => [r[0], r[5]])).toEqual([
      [1, 10000],
      [2, "1,000.00"],
    ]);
    expect(analysePlan(grids).issues).toEqual([]);
  });

  it("rejects a header the template does not have, so tests cannot silently misspell one", () => {
    expect(() => planGrids().withProject({ งบประมาณ: 1 })).toThrow("Projects has no column งบประมาณ");
  });
});
