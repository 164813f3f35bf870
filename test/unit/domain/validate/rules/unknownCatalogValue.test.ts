import { findings, paramsOf } from "../../../../builders/findings";
import { planGrids } from "../../../../builders/planGrids";

describe("unknownCatalogValue", () => {
  it("flags a work plan, funding source or equipment type outside the catalog", () => {
    const grids = planGrids()
      .withProject({ แผนงาน: "แผนงานท่องเที่ยว", แหล่งงบประมาณ: "เงินบริจาค" })
      .withEquipment({ ประเภทครุภัณฑ์: "ครุภัณฑ์อาวุธ" })
      .withBudgetLine({ แผนงาน: "แผนงานกีฬา", "จำนวนเงิน (บาท)": 1000 })
      .build();
    expect(findings(grids).filter((f) => f.includes("unknown"))).toEqual([
      "error unknown-work-plan โครงการ!C2",
      "error unknown-funding-source โครงการ!G2",
      "error unknown-equipment-type ครุภัณฑ์!C2",
      "error unknown-work-plan งบตามข้อบัญญัติ!A2",
    ]);
    expect(
      paramsOf(planGrids().withProject({ แผนงาน: "แผนงานท่องเที่ยว" }).build(), "unknown-work-plan"),
    ).toEqual({
      value: "แผนงานท่องเที่ยว",
    });
  });

  it("accepts every official name", () => {
    const grids = planGrids()
      .withProject({ แผนงาน: "แผนงานการพาณิชย์", แหล่งงบประมาณ: "เงินอุดหนุนเฉพาะกิจ" })
      .withEquipment({ ประเภทครุภัณฑ์: "ครุภัณฑ์คอมพิวเตอร์หรืออิเล็กทรอนิกส์" })
      .build();
    expect(findings(grids)).toEqual([]);
  });
});
