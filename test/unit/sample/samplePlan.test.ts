import {
  EQUIPMENT_TABLE,
  PROJECTS_TABLE,
  SETTINGS_TABLE,
  TEMPLATE_TABLES,
} from "../../../src/domain/template/templateSpec";
import sample from "../../../src/sample/sample-plan-2570.json";
import { sampleTables, sampleTemplateRows } from "../../../src/sample/samplePlan";

describe("sampleTemplateRows", () => {
  const rows = sampleTemplateRows();
  const column = (header: string) => PROJECTS_TABLE.columns.findIndex((c) => c.header === header);

  it("has one row per sample project and equipment item, as wide as the template", () => {
    expect(rows["Projects"]).toHaveLength(sample.projects.length);
    expect(rows["Equipment"]).toHaveLength(sample.equipment.length);
    for (const row of rows["Projects"] ?? []) expect(row).toHaveLength(PROJECTS_TABLE.columns.length);
    for (const row of rows["Equipment"] ?? []) expect(row).toHaveLength(EQUIPMENT_TABLE.columns.length);
  });

  it("writes months as ✓, funding sources as labels and editions by code", () => {
    const first = rows["Projects"]?.[0] ?? [];
    // Project 1 runs ม.ค.–มี.ค. from the ข้อบัญญัติ.
    expect(first.slice(column("ต.ค."), column("ก.ย.") + 1)).toEqual([
      null,
      null,
      null,
      "✓",
      "✓",
      "✓",
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(first[column("แหล่งงบประมาณ")]).toBe("ข้อบัญญัติงบประมาณรายจ่ายประจำปี");
    expect(first[column("งบประมาณ (บาท)")]).toBe(378000);
    expect(first[column("ฉบับ")]).toBe("หลัก");
  });

  it("writes settings as key/value rows and edition dates as Thai text", () => {
    expect(rows["PlanSettings"]).toContainEqual(["ปีงบประมาณ (พ.ศ.)", 2570]);
    expect(rows["PlanSettings"]).toHaveLength(SETTINGS_TABLE.initialRows.length);
    expect(rows["Editions"]?.[0]?.slice(0, 3)).toEqual([
      "หลัก",
      "ประกาศใช้ข้อบัญญัติงบประมาณรายจ่ายประจำปี",
      "15 ก.ย. 2569",
    ]);
  });
});

describe("sampleTables", () => {
  it("places every template table at A1 of its sheet with the template headers", () => {
    const tables = sampleTables();
    expect(tables.map((t) => [t.name, t.sheet])).toEqual(TEMPLATE_TABLES.map((t) => [t.table, t.sheet]));
    for (const table of tables) {
      expect([table.headerRow, table.firstColumn]).toEqual([0, 0]);
      expect(table.headers).toEqual(
        TEMPLATE_TABLES.find((t) => t.table === table.name)?.columns.map((c) => c.header),
      );
    }
  });
});
