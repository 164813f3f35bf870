import ExcelJS from "exceljs";
import { fromA1 } from "../../../../../src/domain/grid/a1";
import type { CellValue } from "../../../../../src/domain/grid/CellValue";
import type { SheetCells } from "../../../../../src/domain/import/SheetCells";
import { XlsxWorkbook } from "../../../../../src/adapters/xlsx/XlsxWorkbook";

/** A sheet written by exceljs (another program), read back from the file by this adapter. */
async function reloaded(build: (sheet: ExcelJS.Worksheet) => void): Promise<SheetCells> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet("ผด.02"));
  const file = await XlsxWorkbook.fromBuffer(new Uint8Array(await workbook.xlsx.writeBuffer()));
  return file.readSheetCells("ผด.02");
}

const valueAt = (cells: SheetCells, a1: string): CellValue | undefined => {
  const { row, column } = fromA1(a1);
  return cells.values[row]?.[column];
};
const fillAt = (cells: SheetCells, a1: string): string | null | undefined => {
  const { row, column } = fromA1(a1);
  return cells.fills[row]?.[column];
};

describe("readSheetCells", () => {
  it("normalises values like the template reader", async () => {
    const sheet = await reloaded((ws) => {
      ws.getCell("A1").value = "ที่";
      ws.getCell("B1").value = 378000;
      ws.getCell("C1").value = new Date(Date.UTC(2026, 9, 1));
      ws.getCell("D1").value = { richText: [{ text: "โครงการ" }, { text: "ก่อสร้าง", font: { bold: true } }] };
      ws.getCell("E1").value = { formula: "B1*2", result: 756000 };
      ws.getCell("F1").value = { error: "#N/A" };
      ws.getCell("G1").value = { text: "ลิงก์", hyperlink: "https://example.org" };
      ws.getCell("H1").value = true;
    });
    const cells = sheet;
    expect(cells.name).toBe("ผด.02");
    // 1 Oct 2026 is Excel day 46296 (1 Jan 2026 = 46023, plus 273 days).
    expect(cells.values).toEqual([
      ["ที่", 378000, 46296, "โครงการก่อสร้าง", 756000, { error: "#N/A" }, "ลิงก์", true],
    ]);
  });

  it("keeps a merged value in its top-left cell and lists the merge", async () => {
    const sheet = await reloaded((ws) => {
      ws.mergeCells("G5:I5");
      ws.getCell("G5").value = "พ.ศ. 2569";
      ws.getCell("A6").value = "ต.ค.";
    });
    const cells = sheet;
    expect(valueAt(cells, "G5")).toBe("พ.ศ. 2569");
    expect(valueAt(cells, "H5")).toBeNull();
    expect(valueAt(cells, "I5")).toBeNull();
    expect(cells.merges).toEqual([{ row: 4, column: 6, rowCount: 1, columnCount: 3 }]);
    expect(cells.values).toHaveLength(6);
  });

  it("reads solid fills as #RRGGBB, white and none as null, theme colours as filled", async () => {
    const solid = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });
    const sheet = await reloaded((ws) => {
      ws.getCell("A1").value = "ต.ค.";
      ws.getCell("A2").fill = solid("FFFFFF00");
      ws.getCell("B2").fill = solid("FFFFFFFF");
      ws.getCell("C2").fill = { type: "pattern", pattern: "solid", fgColor: { theme: 5 } };
      ws.getCell("D2").fill = { type: "pattern", pattern: "none" };
      ws.getCell("E2").value = "ไม่มีสี";
    });
    const cells = sheet;
    expect(fillAt(cells, "A2")).toBe("#FFFF00");
    expect(fillAt(cells, "B2")).toBeNull();
    // Theme colours come from the workbook's own theme (exceljs writes the Office 2007 one: accent2 C0504D).
    expect(fillAt(cells, "C2")).toBe("#C0504D");
    expect(fillAt(cells, "D2")).toBeNull();
    expect(fillAt(cells, "E2")).toBeNull();
    expect(fillAt(cells, "A1")).toBeNull();
  });
});
