import { analysePlan } from "../../../../../src/domain/analysePlan";
import { findings, paramsOf } from "../../../../builders/findings";
import { planGrids } from "../../../../builders/planGrids";

describe("catalogAliases", () => {
  it("normalises a misspelt work plan with a warning that names the official spelling", () => {
    const grids = planGrids().withProject({ แผนงาน: "แผนงานการพานิชย์" }).build();
    expect(findings(grids)).toEqual(["warning work-plan-alias โครงการ!C2"]);
    expect(paramsOf(grids, "work-plan-alias")).toEqual({
      value: "แผนงานการพานิชย์",
      canonical: "แผนงานการพาณิชย์",
    });
    expect(analysePlan(grids).plan.projects[0]?.workPlan).toBe("แผนงานการพาณิชย์");
  });

  it("normalises unit, equipment type, funding source and งบ aliases with warnings", () => {
    const grids = planGrids()
      .withProject({
        หน่วยงานรับผิดชอบหลัก: "กองสาธารณสุขฯ",
        แหล่งงบประมาณ: "เทศบัญญัติงบประมาณรายจ่ายประจำปี",
        งบ: "งบอุดหนุน",
        หมวด: "เงินอุดหนุน",
      })
      .withEquipment({ ประเภทครุภัณฑ์: "ครุภัณฑ์คอมพิวเตอร์" })
      .build();
    expect(findings(grids)).toEqual([
      "warning funding-source-alias โครงการ!G2",
      "warning unit-alias โครงการ!I2",
      "warning budget-type-alias โครงการ!W2",
      "warning equipment-type-alias ครุภัณฑ์!C2",
    ]);
    const { plan } = analysePlan(grids);
    expect(plan.projects[0]).toMatchObject({
      responsibleUnit: "กองสาธารณสุขและสิ่งแวดล้อม",
      fundingSource: "ORD",
      budgetType: "งบเงินอุดหนุน",
    });
    expect(plan.equipment[0]?.equipmentType).toBe("ครุภัณฑ์คอมพิวเตอร์หรืออิเล็กทรอนิกส์");
  });

  it("says nothing about units outside the catalog (other agencies run projects too)", () => {
    const grids = planGrids().withProject({ หน่วยงานรับผิดชอบหลัก: "สำนักงานเกษตรอำเภอ" }).build();
    expect(findings(grids)).toEqual([]);
    expect(analysePlan(grids).plan.projects[0]?.responsibleUnit).toBe("สำนักงานเกษตรอำเภอ");
  });
});
