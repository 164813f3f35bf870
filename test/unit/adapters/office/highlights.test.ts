import type { Issue } from "../../../../src/domain/validate/Issue";
import { officeOnFake } from "../../../office/officeOnFake";
import { HIGHLIGHT_FORMULA } from "../../../../src/adapters/office/highlights";

function setup(apiVersion: "1.7" | "1.8" | "1.9" = "1.9") {
  return officeOnFake({ apiVersion });
}

const issue = (sheet: string, cell: string, severity: "error" | "warning" = "error"): Issue => ({
  code: "unreadable-budget",
  severity,
  location: { sheet, cell },
  params: { value: "abc" },
});

describe("selectCell and highlights", () => {
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
