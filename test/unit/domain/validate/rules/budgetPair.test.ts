import { findings, paramsOf } from "../../../../builders/findings";
import { planGrids } from "../../../../builders/planGrids";

describe("budgetPair", () => {
  it("flags a หมวด that does not belong to the งบ (งบลงทุน / ค่าใช้สอย)", () => {
    const grids = planGrids().withProject({ งบ: "งบลงทุน", หมวด: "ค่าใช้สอย" }).build();
    expect(findings(grids)).toEqual(["error invalid-budget-pair โครงการ!X2"]);
    expect(paramsOf(grids, "invalid-budget-pair")).toEqual({
      budgetType: "งบลงทุน",
      value: "ค่าใช้สอย",
      allowed: "ค่าครุภัณฑ์, ค่าที่ดินและสิ่งก่อสร้าง",
    });
  });

  it("flags only one of the two given, at the blank one", () => {
    expect(findings(planGrids().withProject({ หมวด: null }).build())).toEqual([
      "error incomplete-budget-pair โครงการ!X2",
    ]);
    expect(findings(planGrids().withProject({ งบ: null }).build())).toEqual([
      "error incomplete-budget-pair โครงการ!W2",
    ]);
  });

  it("flags an unknown งบ or หมวด", () => {
    expect(findings(planGrids().withProject({ งบ: "งบพิเศษ" }).build())).toEqual([
      "error unknown-budget-type โครงการ!W2",
    ]);
    expect(findings(planGrids().withProject({ หมวด: "ค่าอาหาร" }).build())).toEqual([
      "error unknown-expenditure-category โครงการ!X2",
    ]);
  });

  it("checks budget lines too", () => {
    const grids = planGrids()
      .withBudgetLine({ แผนงาน: "แผนงานการศึกษา", งบ: "งบบุคลากร", หมวด: "ค่าวัสดุ", "จำนวนเงิน (บาท)": 0 })
      .build();
    expect(findings(grids, "invalid-budget-pair")).toEqual(["error invalid-budget-pair งบตามข้อบัญญัติ!C2"]);
  });

  it("accepts valid pairs and both blank", () => {
    const grids = planGrids()
      .withProject({ งบ: "งบลงทุน", หมวด: "ค่าที่ดินและสิ่งก่อสร้าง" })
      .withProject({ งบ: "งบกลาง", หมวด: "งบกลาง" })
      .withProject({ งบ: null, หมวด: null })
      .build();
    expect(findings(grids)).toEqual([]);
  });
});
