import { analysePlan } from "../../../../../src/domain/analysePlan";
import { findings } from "../../../../builders/findings";
import { planGrids } from "../../../../builders/planGrids";

const withYear = (value: string | number | null) =>
  planGrids().withSetting("ปีงบประมาณ (พ.ศ.)", value).build();

describe("fiscalYear", () => {
  it("requires the fiscal year", () => {
    expect(findings(withYear(null))).toEqual(["error missing-fiscal-year ตั้งค่า!B6"]);
    expect(findings(planGrids().withoutSetting("ปีงบประมาณ (พ.ศ.)").build())).toEqual([
      "error missing-fiscal-year ตั้งค่า!A1",
    ]);
  });

  it.each([2026, 257, "2,570", "ปีหน้า", 2701, 2499])("rejects %p", (year) => {
    expect(findings(withYear(year))).toEqual(["error implausible-fiscal-year ตั้งค่า!B6"]);
  });

  it.each([
    [2570, 2570],
    ["2570", 2570],
    ["๒๕๗๐", 2570],
    ["พ.ศ. 2568", 2568],
    ["ปีงบประมาณ พ.ศ. ๒๕๗๐", 2570],
    [2500, 2500],
    [2700, 2700],
  ])("accepts %p", (typed, year) => {
    const { plan, issues } = analysePlan(withYear(typed));
    expect(issues).toEqual([]);
    expect(plan.settings.fiscalYear).toBe(year);
  });
});
