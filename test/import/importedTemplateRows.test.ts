import { importedTemplateRows } from "../../src/domain/import/importedTemplateRows";
import { importPd02Sheet } from "../../src/domain/import/importPd02Sheet";
import { PROJECTS_TABLE, SETTINGS_TABLE, STRATEGIES_TABLE } from "../../src/domain/template/templateSpec";
import { oldWordingPagedSheet } from "./fixtures/messySheets";

/** The optional columns (development-plan link, reason, follow-up), blank in every imported row. */
const blankExtensions = Object.fromEntries(
  PROJECTS_TABLE.columns.filter((c) => c.extension).map((c) => [c.header, ""]),
);

describe("importedTemplateRows", () => {
  it("writes strategies and projects in the template's column order, months as ✓ and funding as its label", async () => {
    const rows = importedTemplateRows(importPd02Sheet(await oldWordingPagedSheet().read()));
    expect(rows.strategies).toEqual([[3, "ยุทธศาสตร์การพัฒนาด้านเศรษฐกิจ"]]);
    expect(rows.projects.every((r) => r.length === PROJECTS_TABLE.columns.length)).toBe(true);
    const headers = PROJECTS_TABLE.columns.map((c) => c.header);
    const byHeader = (i: number) => Object.fromEntries(headers.map((h, c) => [h, rows.projects[i]?.[c]]));
    expect(byHeader(2)).toEqual({
      ที่: "1",
      ยุทธศาสตร์: 3,
      แผนงาน: "แผนงานการเกษตร",
      โครงการ: "โครงการก่อสร้างรางระบายน้ำ",
      รายละเอียดของกิจกรรมที่เกิดขึ้นจากโครงการ: "(อบจ.มหาสารคาม ดำเนินการ)",
      "งบประมาณ (บาท)": 250000,
      แหล่งงบประมาณ: "หน่วยงานอื่นดำเนินการ",
      สถานที่ดำเนินการ: "ชุมชนบ้านใหม่",
      หน่วยงานรับผิดชอบหลัก: "อบจ.มหาสารคาม",
      "ต.ค.": "",
      "พ.ย.": "",
      "ธ.ค.": "",
      "ม.ค.": "",
      "ก.พ.": "",
      "มี.ค.": "",
      "เม.ย.": "✓",
      "พ.ค.": "✓",
      "มิ.ย.": "✓",
      "ก.ค.": "",
      "ส.ค.": "",
      "ก.ย.": "",
      ฉบับ: "เพิ่มเติม 1/2570",
      งบ: "",
      หมวด: "",
      หมายเหตุ: "",
      ...blankExtensions,
    });
    expect(byHeader(0)["แหล่งงบประมาณ"]).toBe("ข้อบัญญัติงบประมาณรายจ่ายประจำปี");
    expect(byHeader(1)["งบประมาณ (บาท)"]).toBe(10_500_000);
    expect(STRATEGIES_TABLE.columns.map((c) => c.header)).toEqual(["ลำดับ", "ยุทธศาสตร์"]);
  });

  it("fills the settings keys with the sheet's fiscal year and what the caller gives", async () => {
    const result = importPd02Sheet(await oldWordingPagedSheet().read());
    const rows = importedTemplateRows(result, { organisationName: "เทศบาลตำบลบึงวิชัย" });
    expect(rows.settings.map(([key]) => key)).toEqual(SETTINGS_TABLE.initialRows.map(([key]) => key));
    expect(Object.fromEntries(rows.settings)).toMatchObject({
      ชื่อองค์กรปกครองส่วนท้องถิ่น: "เทศบาลตำบลบึงวิชัย",
      "ปีงบประมาณ (พ.ศ.)": 2570,
      อำเภอ: "",
    });
  });

  it("leaves strategy blank when the sheet gave none, for the validator to report", () => {
    const rows = importedTemplateRows({
      sheet: "S",
      fiscalYear: null,
      titleLines: [],
      strategies: [],
      projects: [
        {
          seq: "1",
          strategyNumber: null,
          workPlan: "",
          name: "โครงการก",
          activityDetail: "",
          budget: 1_50,
          fundingSource: "SPG",
          fundingAssumed: false,
          location: "",
          responsibleUnit: "",
          months: [true, false, false, false, false, false, false, false, false, false, false, true],
          edition: "หลัก",
          note: "",
          cell: "A4",
          source: { sheet: "S", table: "ผด.02", row: 4, columns: {} },
        },
      ],
      rowsImported: 1,
      skipped: [],
      issues: [],
    });
    expect(rows.projects).toEqual([
      [
        "1",
        "",
        "",
        "โครงการก",
        "",
        1.5,
        "เงินอุดหนุนเฉพาะกิจ",
        "",
        "",
        "✓",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "✓",
        "หลัก",
        "",
        "",
        "",
        ...Object.values(blankExtensions),
      ],
    ]);
    expect(Object.fromEntries(rows.settings)["ปีงบประมาณ (พ.ศ.)"]).toBe("");
  });
});
