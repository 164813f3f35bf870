import {
  LISTS_SHEET,
  PROJECTS_TABLE,
  SETTINGS_TABLE,
  STRATEGIES_TABLE,
  TEMPLATE_TABLES,
} from "../../../../../src/domain/template/templateSpec";
import { templateLists } from "../../../../../src/domain/catalog/templateLists";
import { DEGRADED } from "../../../../../src/adapters/office/degradation";
import { officeOnFake } from "../../../../office/officeOnFake";

const LISTS = {
  workPlans: ["แผนงานบริหารงานทั่วไป", "แผนงานการศึกษา"],
  fundingSources: ["ข้อบัญญัติงบประมาณ", "จ่ายขาดเงินสะสม"],
  equipmentTypes: ["ครุภัณฑ์สำนักงาน"],
  budgetTypes: ["งบลงทุน"],
  expenditureCategories: ["ค่าครุภัณฑ์"],
  editionTriggers: ["ประกาศใช้ข้อบัญญัติงบประมาณรายจ่ายประจำปี"],
};

function setup(apiVersion: "1.7" | "1.8" | "1.9" = "1.9") {
  return officeOnFake({ apiVersion });
}

describe("insertTemplate", () => {
  it("creates every template table with headers, formats, widths and a frozen header row in 2 syncs", async () => {
    const { fake, workbook, state } = setup("1.9");
    const report = await workbook.insertTemplate(TEMPLATE_TABLES, LISTS);

    expect(fake.stats.syncs).toBe(2);
    expect(report).toEqual({
      created: TEMPLATE_TABLES.map((t) => t.table),
      kept: [],
      missingHeaders: {},
      addedColumns: {},
      degraded: [],
    });
    // โครงการ: A1 "ที่", F1 "งบประมาณ (บาท)" (money), D2 a text column.
    expect(state.valueAt("โครงการ", "A1")).toBe("ที่");
    expect(state.valueAt("โครงการ", "F1")).toBe("งบประมาณ (บาท)");
    expect(state.cell("โครงการ", "F2")?.numberFormat).toBe("#,##0.00");
    expect(state.cell("โครงการ", "D2")?.numberFormat).toBe("@");
    expect(state.cell("โครงการ", "A1")?.format["font.bold"]).toBe(true);
    expect(state.requireSheet("โครงการ").columnWidths.get(3)).toBe(220);
    expect(state.requireSheet("โครงการ").frozenRows).toBe(1);
    // PlanSettings comes with its keys.
    expect(state.valueAt("ตั้งค่า", "A2")).toBe("ชื่อองค์กรปกครองส่วนท้องถิ่น");
    expect(state.tables.get("plansettings")?.bodyRowCount).toBe(SETTINGS_TABLE.initialRows.length);
  });

  it("feeds dropdowns from the lists sheet on whole table columns (ExcelApi 1.8)", async () => {
    const { workbook, state } = setup("1.8");
    await workbook.insertTemplate(TEMPLATE_TABLES, LISTS);

    expect(state.valueAt(LISTS_SHEET, "A1")).toBe("workPlans");
    expect(state.valueAt(LISTS_SHEET, "A3")).toBe("แผนงานการศึกษา");
    const validations = state.requireSheet("โครงการ").dataValidations;
    // แผนงาน is column C of Projects: body C2 only (one body row), not the cells below the table.
    expect(validations).toContainEqual({
      rects: [{ row: 1, column: 2, rowCount: 1, columnCount: 1 }],
      rule: { list: { inCellDropDown: true, source: `='${LISTS_SHEET}'!$A$2:$A$3` } },
    });
    const strategy = validations.find((v) => v.rects[0]?.column === 1);
    expect(strategy?.rule).toEqual({
      list: { inCellDropDown: true, source: '=INDIRECT("Strategies[ลำดับ]")' },
    });
  });

  it("takes strategy numbers from the Strategies table and lists only non-empty catalogs", async () => {
    const { workbook, state } = setup("1.9");
    await workbook.insertTemplate(TEMPLATE_TABLES, templateLists());

    const headers = [0, 1, 2, 3, 4, 5, 6, 7].map(
      (c) => state.getCell(state.requireSheet(LISTS_SHEET), 0, c, false)?.value,
    );
    expect(headers).not.toContain("strategies");
    expect(headers).toContain("workPlans");
    const strategy = state.requireSheet("โครงการ").dataValidations.find((v) => v.rects[0]?.column === 1);
    expect(strategy?.rule).toEqual({
      list: { inCellDropDown: true, source: '=INDIRECT("Strategies[ลำดับ]")' },
    });
  });

  it("reports dropdowns as degraded on ExcelApi 1.7 and adds no validation", async () => {
    const { workbook, state } = setup("1.7");
    const report = await workbook.insertTemplate(TEMPLATE_TABLES, LISTS);

    expect(report.degraded).toEqual([DEGRADED.dropdowns]);
    expect(report.created).toHaveLength(TEMPLATE_TABLES.length);
    expect(state.sheets.flatMap((s) => s.dataValidations)).toEqual([]);
  });

  it("keeps existing tables as they are and lists the headers they lack", async () => {
    const { workbook, state } = setup();
    const headers = PROJECTS_TABLE.columns.map((c) => c.header).filter((h) => h !== "หมวด" && h !== "งบ");
    state.addTable("โครงการ", "Projects", "A1", headers, [["1", "1", "แผนงานการศึกษา", "โครงการเดิม"]]);

    const report = await workbook.insertTemplate(TEMPLATE_TABLES, LISTS);

    expect(report.kept).toEqual(["Projects"]);
    expect(report.missingHeaders).toEqual({ Projects: ["งบ", "หมวด"] });
    expect(report.created).not.toContain("Projects");
    expect(state.valueAt("โครงการ", "D2")).toBe("โครงการเดิม");
  });

  it("puts a missing table below what a user's sheet already holds", async () => {
    const { workbook, state } = setup();
    state.setValues("ยุทธศาสตร์", "A1", [["บันทึกของฉัน"], ["บรรทัดที่สอง"]]);

    await workbook.insertTemplate([STRATEGIES_TABLE], LISTS);

    expect(state.valueAt("ยุทธศาสตร์", "A1")).toBe("บันทึกของฉัน");
    expect(state.valueAt("ยุทธศาสตร์", "A2")).toBe("บรรทัดที่สอง");
    // Two used rows, one blank row, then the header in row 4.
    expect(state.valueAt("ยุทธศาสตร์", "A4")).toBe("ลำดับ");
    expect(state.requireSheet("ยุทธศาสตร์").frozenRows).toBe(0);
  });

  it("adds missing lists to the right of whatever a lists sheet already holds", async () => {
    const { workbook, state } = setup();
    state.setValues(LISTS_SHEET, "A1", [
      ["workPlans", null],
      ["แผนงานเดิม", null],
      [null, "โน้ตของผู้ใช้"],
    ]);

    await workbook.insertTemplate(TEMPLATE_TABLES, LISTS);

    expect(state.valueAt(LISTS_SHEET, "A2")).toBe("แผนงานเดิม");
    expect(state.valueAt(LISTS_SHEET, "B3")).toBe("โน้ตของผู้ใช้");
    expect(state.valueAt(LISTS_SHEET, "C1")).toBe("fundingSources");
  });

  it("changes nothing when run twice", async () => {
    const { workbook, state } = setup();
    await workbook.insertTemplate(TEMPLATE_TABLES, LISTS);
    const sheetsBefore = state.sheets.map((s) => s.name);

    const again = await workbook.insertTemplate(TEMPLATE_TABLES, LISTS);

    expect(again.created).toEqual([]);
    expect(again.kept).toEqual(TEMPLATE_TABLES.map((t) => t.table));
    expect(again.missingHeaders).toEqual({});
    expect(state.sheets.map((s) => s.name)).toEqual(sheetsBefore);
  });
});
