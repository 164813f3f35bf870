import { findings, paramsOf } from "../../../../builders/findings";
import { planGrids } from "../../../../builders/planGrids";

const codes = (grids: ReturnType<typeof planGrids>) =>
  findings(grids.build()).filter((f) => f.includes(" amendment-reason"));

describe("amendmentReason", () => {
  it("warns at the blank reason of a later edition's row, projects and equipment alike", () => {
    const grids = planGrids()
      .withProject({ ฉบับ: "เพิ่มเติม 1/2570" })
      .withProject({ ฉบับ: "เปลี่ยนแปลง ครั้งที่ ๑/๒๕๗๐", เหตุผลความจำเป็น: "   " })
      .withProject({ ฉบับ: "แก้ไข 1/2570", เหตุผลความจำเป็น: "ราคากลางเปลี่ยน" })
      .withEquipment({ ฉบับ: "เพิ่มเติม 1/2570" });
    expect(codes(grids)).toEqual([
      "warning amendment-reason-missing โครงการ!AC2",
      "warning amendment-reason-missing โครงการ!AC3",
      "warning amendment-reason-missing ครุภัณฑ์!X2",
    ]);
  });

  it("asks no reason of the main edition", () => {
    const grids = planGrids().withProject({ ฉบับ: "หลัก" }).withProject({ ฉบับ: null }).withEquipment();
    expect(codes(grids)).toEqual([]);
  });

  it("says once, counting the rows, when the table has no reason column", () => {
    const grids = planGrids()
      .withHeader("Projects", "เหตุผลความจำเป็น", null)
      .withProject()
      .withProject({ ฉบับ: "เพิ่มเติม 1/2570" })
      .withProject({ ฉบับ: "เพิ่มเติม 1/2570" });
    expect(codes(grids)).toEqual(["warning amendment-reason-column-missing โครงการ!V3"]);
    expect(paramsOf(grids.build(), "amendment-reason-column-missing")).toEqual({
      table: "Projects",
      count: 2,
    });
  });
});
