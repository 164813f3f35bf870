import { manyStrategiesPlan } from "../../../builders/manyStrategiesPlan";
import { layoutOfficialTables } from "../../../../src/domain/layout/layoutOfficialTables";

/** ผด.01 of up to six strategies, each with a few work plans, prints on one page (issue 16). */
describe("ผด.01 on one page", () => {
  test.each([
    [4, 3],
    [6, 2],
  ])("%i strategies of %i work plans each: no page break", (strategies, workPlans) => {
    const [pd01] = layoutOfficialTables(manyStrategiesPlan(strategies, workPlans), { edition: "หลัก" });
    expect(pd01?.print.pageBreaksBefore).toEqual([]);
  });

  test("a table too long for one page even at the smallest size keeps the standard size and breaks", () => {
    const [pd01] = layoutOfficialTables(manyStrategiesPlan(6, 4), { edition: "หลัก" });
    expect(pd01?.print.pageBreaksBefore.length).toBeGreaterThan(0);
    expect(pd01?.styles["text"]?.font?.sizePt).toBe(14);
    expect(pd01?.print.margins.top).toBe(0.6);
  });
});
