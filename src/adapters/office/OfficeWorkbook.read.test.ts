import type { Issue } from "../../domain/validate/Issue";
import { capabilitiesOf } from "../../../test/office/capabilitiesOf";
import { HIGHLIGHT_FORMULA, OfficeWorkbook } from "./OfficeWorkbook";
import type { ExcelRunner, TableChange } from "./OfficeWorkbook";
import { syntheticSheetSpec } from "../../../test/office/syntheticSheetSpec";
import { createFakeExcel } from "../../../test/office/FakeExcel";

function setup(apiVersion: "1.7" | "1.8" | "1.9" = "1.9") {
  const fake = createFakeExcel({ apiVersion });
  const workbook = new OfficeWorkbook({ run: fake.run, capabilities: capabilitiesOf(apiVersion) });
  return { fake, workbook, state: fake.state };
}

const issue = (sheet: string, cell: string, severity: "error" | "warning" = "error"): Issue => ({
  code: "unreadable-budget",
  severity,
  location: { sheet, cell },
  params: { value: "abc" },
});

describe("OfficeWorkbook.readTables", () => {
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

  it("reads again in row blocks when the answer is too big for one response", async () => {
    const fake = createFakeExcel({ responseLimitBytes: 3_000 });
    const workbook = new OfficeWorkbook({
      run: fake.run,
      capabilities: capabilitiesOf("1.9"),
      requestBudgetBytes: 1_500,
    });
    const rows = Array.from({ length: 40 }, (_, i) => [String(i + 1), `โครงการที่ ${i + 1}`, 1000 * (i + 1)]);
    fake.state.addTable("โครงการ", "Projects", "C5", ["ที่", "โครงการ", "งบประมาณ (บาท)"], rows);

    const [grid] = await workbook.readTables(["Projects"]);

    expect(grid?.rows).toEqual(rows);
    expect(grid?.headerRow).toBe(4);
    expect(fake.stats.rejectedResponses).toBe(1);
    expect(fake.stats.maxResponseBytes).toBeLessThanOrEqual(3_000);
    expect(fake.stats.syncs).toBeGreaterThan(2);
  });

  it("returns an empty body for a fresh table (its one empty row is not an entry)", async () => {
    const { workbook, state } = setup();
    state.addTable("ครุภัณฑ์", "Equipment", "A1", ["ที่", "ครุภัณฑ์"]);

    const [grid] = await workbook.readTables(["Equipment"]);

    expect(grid?.rows).toEqual([]);
  });
});

describe("OfficeWorkbook.listSheets", () => {
  it("tells generated sheets (owner mark) from the user's", async () => {
    const { workbook, state } = setup();
    state.setValues("บันทึก", "A1", [["ของผู้ใช้"]]);
    await workbook.writeSheets([syntheticSheetSpec(2)], "2026-11-27T10:00:00Z");

    const sheets = await workbook.listSheets();

    expect(sheets).toEqual([
      { name: "บันทึก", owner: null },
      { name: "ผด.02", owner: { kind: "pd02", edition: "หลัก", generatedAt: "2026-11-27T10:00:00Z" } },
    ]);
  });
});

describe("OfficeWorkbook issues in the sheet", () => {
  it("selectCell activates the sheet and selects the cell in one sync", async () => {
    const { fake, workbook, state } = setup();
    state.setValues("โครงการ", "A1", [["ที่"]]);
    state.setValues("ตั้งค่า", "A1", [["หัวข้อ"]]);

    await workbook.selectCell({ sheet: "โครงการ", cell: "F12" });

    expect(fake.stats.syncs).toBe(1);
    expect(state.activeSheet).toBe("โครงการ");
    expect(state.selection).toEqual({ sheet: "โครงการ", address: "F12" });
  });

  it.each(["1.7", "1.9"] as const)(
    "highlights issue cells with removable rules and leaves the user's formats alone (ExcelApi %s)",
    async (version) => {
      const { fake, workbook, state } = setup(version);
      state.setValues("โครงการ", "A1", [["ที่", "โครงการ"]]);
      const sheet = state.requireSheet("โครงการ");
      const userRule = {
        id: "user-1",
        type: "Custom",
        rects: [{ row: 0, column: 0, rowCount: 9, columnCount: 1 }],
        formula: "=A1>5",
        fill: "#00FF00",
      };
      sheet.conditionalFormats.push(userRule);
      const userCell = state.getCell(sheet, 11, 5, true);
      userCell.format["fill.color"] = "#123456";

      await workbook.highlightIssues([
        issue("โครงการ", "F12"),
        issue("โครงการ", "B3", "warning"),
        issue("ไม่มีชีตนี้", "A1"),
      ]);

      expect(fake.stats.syncs).toBeLessThanOrEqual(6);
      const ours = sheet.conditionalFormats.filter((f) => f.formula === HIGHLIGHT_FORMULA);
      expect(ours.map((f) => ({ rects: f.rects, fill: f.fill }))).toEqual([
        { rects: [{ row: 2, column: 1, rowCount: 1, columnCount: 1 }], fill: "#FFEB9C" },
        { rects: [{ row: 11, column: 5, rowCount: 1, columnCount: 1 }], fill: "#FFC7CE" },
      ]);
      expect(userCell.format["fill.color"]).toBe("#123456");

      await workbook.clearHighlights();

      expect(sheet.conditionalFormats).toEqual([userRule]);
      expect(userCell.format["fill.color"]).toBe("#123456");
    },
  );

  it("replaces earlier highlights instead of stacking them", async () => {
    const { workbook, state } = setup();
    state.setValues("โครงการ", "A1", [["ที่"]]);

    await workbook.highlightIssues([issue("โครงการ", "F12")]);
    await workbook.highlightIssues([issue("โครงการ", "F13")]);

    const rects = state.requireSheet("โครงการ").conditionalFormats.flatMap((f) => f.rects);
    expect(rects).toEqual([{ row: 12, column: 5, rowCount: 1, columnCount: 1 }]);
  });
});

describe("OfficeWorkbook.watchInputTables", () => {
  it("reports a co-author's edit of an input table and stops after unsubscribe", async () => {
    const { workbook, state } = setup();
    state.addTable("โครงการ", "Projects", "A1", ["ที่", "โครงการ"], [["1", "ซ่อมถนน"]]);
    const changes: TableChange[] = [];

    const unsubscribe = await workbook.watchInputTables(["Projects", "Equipment"], (change) =>
      changes.push(change),
    );
    await state.editTableCells("Projects", "B2", [["ซ่อมถนนสายใหม่"]], "Remote");
    await unsubscribe();
    await state.editTableCells("Projects", "B2", [["อีกครั้ง"]], "Local");

    expect(changes).toEqual([{ table: "Projects", source: "Remote", address: "B2" }]);
  });
});

describe("ExcelRunner", () => {
  it("accepts Excel.run's signature", () => {
    // Compile-time check: the composition root passes Excel.run as is.
    const accepts = (run: ExcelRunner): ExcelRunner => run;
    const excelRun: typeof Excel.run = (async () => undefined) as unknown as typeof Excel.run;
    expect(accepts(excelRun)).toBe(excelRun);
  });
});
