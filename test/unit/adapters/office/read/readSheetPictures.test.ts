import { pngImage } from "../../../../builders/pngImage";
import type { FakeShape } from "../../../../office/fakeWorkbookState";
import { officeOnFake } from "../../../../office/officeOnFake";

const SHEET = "ตั้งค่า";

/** A picture as a user pastes it: at a place in points, its bytes as the file's. */
function pasted(data: Uint8Array, left: number, top: number, id: string): FakeShape {
  return {
    id,
    name: `Picture ${id}`,
    type: "Image",
    base64: Buffer.from(data).toString("base64"),
    format: "PNG",
    left,
    top,
    width: 40,
    height: 40,
    lockAspectRatio: true,
    altTextTitle: "",
    altTextDescription: "",
  };
}

describe("readSheetPictures", () => {
  it("gives a user's pictures top to bottom with their bytes and the cell under their corner, in 2 syncs", async () => {
    const { fake, workbook, state } = officeOnFake({ apiVersion: "1.9" });
    state.setValues(SHEET, "A1", [["ตราครุฑ"], ["ตราสัญลักษณ์"]]);
    const sheet = state.requireSheet(SHEET);
    // Row 1 is 30 pt, column A 100 pt; the rest keep Excel's standard 15 pt and 48 pt.
    sheet.rowHeights.set(0, 30);
    sheet.columnWidths.set(0, 100);
    const emblem = pngImage(10, 10, [200, 0, 0]);
    const logo = pngImage(12, 6, [0, 0, 200]);
    const far = pngImage(4, 4, [0, 200, 0]);
    // Added in another order than they stand: the logo at C4 (top 30 + 15 + 15 + 2), the emblem at B1.
    sheet.shapes.push(pasted(logo, 100 + 48 + 10, 62, "1"));
    sheet.shapes.push(pasted(emblem, 100, 0, "2"));
    // Far below and right of what is used: row 30 + 15 × 499 → index 500, column 100 + 48 × 149 → 150.
    sheet.shapes.push(pasted(far, 100 + 48 * 149 + 1, 30 + 15 * 499 + 1, "3"));

    const pictures = (await workbook.readSheetPictures?.(SHEET)) ?? [];

    expect(pictures.map((p) => ({ data: [...p.data], row: p.row, column: p.column }))).toEqual([
      { data: [...emblem], row: 0, column: 1 },
      { data: [...logo], row: 3, column: 2 },
      { data: [...far], row: 500, column: 150 },
    ]);
    expect(fake.stats.syncs).toBe(2);
  });

  it("a sheet without pictures, or no such sheet, has none, in 1 sync", async () => {
    const { fake, workbook, state } = officeOnFake({ apiVersion: "1.9" });
    state.setValues(SHEET, "A1", [["ว่าง"]]);
    expect(await workbook.readSheetPictures?.(SHEET)).toEqual([]);
    expect(fake.stats.syncs).toBe(1);
    expect(await workbook.readSheetPictures?.("ไม่มีชีตนี้")).toEqual([]);
    expect(fake.stats.syncs).toBe(2);
  });

  it.each(["1.7", "1.8"] as const)("is absent on ExcelApi %s (no worksheet.shapes)", (apiVersion) => {
    const { workbook } = officeOnFake({ apiVersion });
    expect(workbook.readSheetPictures).toBeUndefined();
    expect(workbook.writesImages).toBe(false);
  });
});
