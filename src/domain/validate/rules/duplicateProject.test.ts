import { findings, paramsOf } from "../../../../test/builders/findings";
import { planGrids } from "../../../../test/builders/planGrids";

describe("duplicateProject", () => {
  it("warns about the same project twice in an edition, ignoring spaces and Thai digits", () => {
    const grids = planGrids()
      .withProject({ โครงการ: "โครงการซ่อมถนน หมู่ที่ 3" })
      .withProject({ โครงการ: "โครงการซ่อมถนน  หมู่ที่ ๓ " })
      .build();
    expect(findings(grids)).toEqual(["warning duplicate-project โครงการ!D3"]);
    expect(paramsOf(grids, "duplicate-project")).toMatchObject({ firstCell: "D2", edition: "หลัก" });
  });

  it("compares Latin letters in names regardless of case", () => {
    const grids = planGrids()
      .withProject({ โครงการ: "โครงการติดตั้ง Wi-Fi หมู่ที่ 3" })
      .withProject({ โครงการ: "โครงการติดตั้ง WI-FI หมู่ที่ 3" })
      .build();
    expect(findings(grids)).toEqual(["warning duplicate-project โครงการ!D3"]);
  });

  it("accepts the same name in different editions and different village numbers", () => {
    const grids = planGrids()
      .withEditions([{ ฉบับ: "หลัก" }, { ฉบับ: "เพิ่มเติม 1/2570" }])
      .withProject({ โครงการ: "โครงการซ่อมถนน หมู่ที่ 3" })
      .withProject({ โครงการ: "โครงการซ่อมถนน หมู่ที่ 3", ฉบับ: "เพิ่มเติม 1/2570" })
      .withProject({ โครงการ: "โครงการซ่อมถนน หมู่ที่ 4" })
      .build();
    expect(findings(grids)).toEqual([]);
  });
});
