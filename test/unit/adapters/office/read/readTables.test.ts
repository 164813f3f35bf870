import { officeOnFake } from "../../../../office/officeOnFake";

function setup(apiVersion: "1.7" | "1.8" | "1.9" = "1.9") {
  return officeOnFake({ apiVersion });
}

describe("readTables", () => {
  it("reads every requested table in one sync, with where it sits and raw cell values", async () => {
    const { fake, workbook, state } = setup();
    state.setValues("โครงการ", "A1", [["ตารางโครงการ"]]);
    state.addTable(
      "โครงการ",
      "Projects",
      "B3",
      ["ที่", "โครงการ", "งบประมาณ (บาท)"],
      [
        ["1", "ซ่อมถนน", 150000],
        [null, "ขุดลอกคลอง", null],
      ],
    );
    state.addTable("ยุทธศาสตร์", "Strategies", "A1", ["ลำดับ", "ยุทธศาสตร์"], [[1, "ด้านโครงสร้างพื้นฐาน"]]);
    const broken = state.cell("โครงการ", "D5");
    if (broken) broken.error = "#DIV/0!";

    const grids = await workbook.readTables(["Projects", "Strategies", "Equipment"]);

    expect(fake.stats.syncs).toBe(1);
    expect(grids).toEqual([
      {
        name: "Projects",
        sheet: "โครงการ",
        headerRow: 2,
        firstColumn: 1,
        headers: ["ที่", "โครงการ", "งบประมาณ (บาท)"],
        rows: [
          ["1", "ซ่อมถนน", 150000],
          [null, "ขุดลอกคลอง", { error: "#DIV/0!" }],
        ],
        rowsBelow: [],
        firstRowBelow: 5,
        merges: [],
      },
      {
        name: "Strategies",
        sheet: "ยุทธศาสตร์",
        headerRow: 0,
        firstColumn: 0,
        headers: ["ลำดับ", "ยุทธศาสตร์"],
        rows: [[1, "ด้านโครงสร้างพื้นฐาน"]],
        rowsBelow: [],
        firstRowBelow: 2,
        merges: [],
      },
    ]);
  });

  it("reads a table too big for one answer in blocks sized by what its first rows measured, none refused", async () => {
    const { fake, workbook } = officeOnFake({ responseLimitBytes: 3_000 }, { requestBudgetBytes: 2_400 });
    const rows = Array.from({ length: 40 }, (_, i) => [String(i + 1), `โครงการที่ ${i + 1}`, 1000 * (i + 1)]);
    fake.state.addTable("โครงการ", "Projects", "C5", ["ที่", "โครงการ", "งบประมาณ (บาท)"], rows);

    const [grid] = await workbook.readTables(["Projects"]);

    expect(grid?.rows).toEqual(rows);
    expect(grid?.headerRow).toBe(4);
    expect(fake.stats.rejectedResponses).toBe(0);
    expect(fake.stats.maxResponseBytes).toBeLessThanOrEqual(2_400 * 1.25);
    expect(fake.stats.syncs).toBeGreaterThan(2);
  });

  it("reads again, sizes first, when Excel refuses the first answer as too large", async () => {
    const { fake, workbook, state } = officeOnFake(
      { responseLimitBytes: 3_000 },
      { requestBudgetBytes: 2_400 },
    );
    // Two-column tables: each first read takes 12 rows, and the two together pass the limit.
    const rows = (what: string) =>
      Array.from({ length: 12 }, (_, i) => [i + 1, `${what}ที่ ${i + 1} ${"ก".repeat(30)}`]);
    state.addTable("ยุทธศาสตร์", "Strategies", "A1", ["ลำดับ", "ยุทธศาสตร์"], rows("ยุทธศาสตร์"));
    state.addTable("ตั้งค่า", "PlanSettings", "A1", ["หัวข้อ", "ค่า"], rows("หัวข้อ"));

    const grids = await workbook.readTables(["Strategies", "PlanSettings"]);

    expect(grids.map((g) => g.rows)).toEqual([rows("ยุทธศาสตร์"), rows("หัวข้อ")]);
    expect(fake.stats.rejectedResponses).toBe(1);
    expect(fake.stats.maxResponseBytes).toBeLessThanOrEqual(3_000);
  });

  it("returns an empty body for a fresh table (its one empty row is not an entry)", async () => {
    const { workbook, state } = setup();
    state.addTable("ครุภัณฑ์", "Equipment", "A1", ["ที่", "ครุภัณฑ์"]);

    const [grid] = await workbook.readTables(["Equipment"]);

    expect(grid?.rows).toEqual([]);
  });
});
