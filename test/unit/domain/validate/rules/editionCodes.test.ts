import { analysePlan } from "../../../../../src/domain/analysePlan";
import { findings } from "../../../../builders/findings";
import { planGrids } from "../../../../builders/planGrids";

describe("editionCodes", () => {
  it("flags an edition that is not a valid code, and leaves the row out", () => {
    const grids = planGrids().withProject({ ฉบับ: "เพิ่มเติม" }).build();
    expect(findings(grids)).toEqual(["error invalid-edition-code โครงการ!V2"]);
    expect(analysePlan(grids).plan.projects).toEqual([]);
  });

  it("flags an invalid code in the Editions table", () => {
    const grids = planGrids()
      .withEditions([{ ฉบับ: "หลัก" }, { ฉบับ: "ฉบับพิเศษ" }])
      .build();
    expect(findings(grids)).toEqual(["error invalid-edition-code ฉบับ!A3"]);
  });

  it("warns once about an edition used in ฉบับ but absent from a present Editions table", () => {
    const grids = planGrids()
      .withEditions()
      .withProject({ ฉบับ: "เพิ่มเติม 1/2570", เหตุผลความจำเป็น: "ได้รับจัดสรรงบประมาณเพิ่ม" })
      .withProject({ ฉบับ: "เพิ่มเติม 1/2570", เหตุผลความจำเป็น: "ได้รับจัดสรรงบประมาณเพิ่ม" })
      .build();
    expect(findings(grids)).toEqual(["warning edition-not-recorded โครงการ!V2"]);
  });

  it("needs no Editions table: editions then come from the ฉบับ column, main first", () => {
    const grids = planGrids()
      .withProject({ ฉบับ: "แก้ไข ครั้งที่ ๑/๒๕๗๐", เหตุผลความจำเป็น: "ได้รับจัดสรรงบประมาณเพิ่ม" })
      .withProject({ ฉบับ: "เพิ่มเติม 1/2570", เหตุผลความจำเป็น: "ได้รับจัดสรรงบประมาณเพิ่ม" })
      .withProject({ ฉบับ: null })
      .build();
    const { plan, issues } = analysePlan(grids);
    expect(issues).toEqual([]);
    expect(plan.editions.map((e) => e.code)).toEqual(["หลัก", "เพิ่มเติม 1/2570", "แก้ไข 1/2570"]);
    expect(plan.projects.map((p) => p.edition)).toEqual(["แก้ไข 1/2570", "เพิ่มเติม 1/2570", "หลัก"]);
  });
});
