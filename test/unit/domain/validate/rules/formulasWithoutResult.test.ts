import { analysePlan } from "../../../../../src/domain/analysePlan";
import { findings, paramsOf } from "../../../../builders/findings";
import { planGrids } from "../../../../builders/planGrids";

// What openpyxl and pandas save: the formula without its result (adapters deliver `{ formula }`).
const formula = (text: string) => ({ formula: text });

describe("formulasWithoutResult", () => {
  it("reports a budget formula saved without its result at its cell, never as empty or 0", () => {
    const grids = planGrids()
      .withProject({ "งบประมาณ (บาท)": formula("=5000*2") })
      .withProject()
      .build();
    expect(findings(grids)).toEqual(["error formula-without-result โครงการ!F2"]);
    expect(paramsOf(grids, "formula-without-result")).toEqual({ formula: "=5000*2" });
    expect(analysePlan(grids).plan.projects.map((p) => p.source?.row)).toEqual([3]);
  });

  it("reports it for every field the parser reads, and nothing else about those cells", () => {
    const grids = planGrids()
      .withSetting("อำเภอ", formula("=A1"))
      .withSetting("ปีงบประมาณ (พ.ศ.)", formula("=2569+1"))
      .withStrategies([
        { ลำดับ: formula("=ROW()-1"), ยุทธศาสตร์: "ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน" },
        { ลำดับ: 2, ยุทธศาสตร์: "ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิตและสังคม" },
      ])
      .withProject({
        ยุทธศาสตร์: formula("=B1"),
        แผนงาน: formula("=Lists!A1"),
        โครงการ: formula('="โครงการ "&A2'),
        แหล่งงบประมาณ: formula("=G1"),
        ฉบับ: formula('=""'),
        งบ: formula("=W1"),
        "ต.ค.": formula('=IF(1,"✓","")'),
      })
      .withEditions([{ ฉบับ: "หลัก", วันที่ประกาศ: formula("=TODAY()") }])
      .build();
    expect(findings(grids)).toEqual([
      "error formula-without-result ตั้งค่า!B4",
      "error formula-without-result ตั้งค่า!B6",
      "error formula-without-result ยุทธศาสตร์!A2",
      "error formula-without-result โครงการ!B2",
      "error formula-without-result โครงการ!C2",
      "error formula-without-result โครงการ!D2",
      "error formula-without-result โครงการ!G2",
      "error formula-without-result โครงการ!J2",
      "error formula-without-result โครงการ!V2",
      "error formula-without-result โครงการ!W2",
      "error formula-without-result ฉบับ!G2",
    ]);
    // Its edition is unknown, so the row is not taken as หลัก: it stays out of the plan.
    expect(analysePlan(grids).plan.projects).toEqual([]);
  });
});
