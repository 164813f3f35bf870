import { findings, paramsOf } from "../../../../builders/findings";
import { planGrids } from "../../../../builders/planGrids";

describe("strategyNumbers", () => {
  it("flags a repeated strategy number at the second one, naming the first", () => {
    const grids = planGrids()
      .withStrategies([
        { ลำดับ: 1, ยุทธศาสตร์: "ก" },
        { ลำดับ: "๑", ยุทธศาสตร์: "ข" },
      ])
      .build();
    expect(findings(grids)).toEqual(["error duplicate-strategy-number ยุทธศาสตร์!A3"]);
    expect(paramsOf(grids, "duplicate-strategy-number")).toEqual({ number: 1, firstCell: "A2" });
  });

  it("flags a number that is not a whole number from 1", () => {
    const grids = planGrids()
      .withStrategies([
        { ลำดับ: "หนึ่ง", ยุทธศาสตร์: "ก" },
        { ลำดับ: 0, ยุทธศาสตร์: "ข" },
      ])
      .build();
    expect(findings(grids)).toEqual([
      "error unreadable-number ยุทธศาสตร์!A2",
      "error unreadable-number ยุทธศาสตร์!A3",
    ]);
  });

  it("accepts distinct numbers written in any of the usual ways", () => {
    const grids = planGrids()
      .withStrategies([
        { ลำดับ: "ยุทธศาสตร์ที่ 1", ยุทธศาสตร์: "ก" },
        { ลำดับ: "๒", ยุทธศาสตร์: "ข" },
        { ลำดับ: "3.", ยุทธศาสตร์: "ค" },
      ])
      .build();
    expect(findings(grids)).toEqual([]);
  });
});
