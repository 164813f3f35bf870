import { planTextsFrom } from "../../../../../src/domain/book/planTextsFrom";
import { layoutBook } from "../../../../../src/domain/layout/layoutBook";
import { pictureOf } from "../../../../../src/domain/layout/Picture";
import type { ImageSpec, SheetSpec } from "../../../../../src/domain/layout/SheetSpec";
import { samplePlan } from "../../../../fixtures/samplePlan";
import { planTextsGrid } from "../../../../builders/planTextsGrid";
import { pngImage } from "../../../../builders/pngImage";
import { syntheticSheetSpec } from "../../../../office/syntheticSheetSpec";
import { officeOnFake } from "../../../../office/officeOnFake";

const GENERATED_AT = "2026-12-02T03:00:00Z";

/** A JPEG's first bytes: SOI and a baseline start-of-frame 40 px tall, 30 px wide (all Excel reads). */
const JPEG = new Uint8Array([
  0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 40, 0x00, 30, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01,
]);

const decoded = (base64: string): number[] => [...Buffer.from(base64, "base64")];

/** Three columns (50, 60, 70 pt) and three rows (20, 30, 40 pt), with the given pictures. */
function sheetWith(images: readonly ImageSpec[], name = "ประกาศ"): SheetSpec {
  const base = syntheticSheetSpec(0, name);
  return {
    ...base,
    columns: [{ widthPt: 50 }, { widthPt: 60 }, { widthPt: 70 }],
    merges: [],
    rows: [20, 30, 40].map((heightPt) => ({ heightPt, cells: [null, null, null] })),
    images,
  };
}

const emblem: ImageSpec = {
  data: pngImage(40, 20),
  format: "png",
  row: 1,
  column: 2,
  offsetXPt: 5,
  offsetYPt: 7.5,
  // Not the file's 2:1: the spec's size must win over the picture's own.
  widthPt: 85,
  heightPt: 85,
  description: "ตราครุฑ",
};
const logo: ImageSpec = {
  data: JPEG,
  format: "jpeg",
  row: 0,
  column: 0,
  offsetXPt: 0,
  offsetYPt: 0,
  widthPt: 30,
  heightPt: 40,
  description: "ตราสัญลักษณ์",
};

describe("writeSheets places pictures (ExcelApi 1.9)", () => {
  it("puts each picture at its cell plus offset with exactly its size, named and described", async () => {
    const { workbook, state } = officeOnFake({ apiVersion: "1.9" });
    expect(workbook.writesImages).toBe(true);
    await workbook.writeSheets([sheetWith([emblem, logo])], GENERATED_AT);

    const shapes = state.requireSheet("ประกาศ").shapes;
    expect(shapes).toHaveLength(2);
    const [first, second] = shapes;
    // Row 1, column 2: below the 20 pt row, right of the 50 + 60 pt columns.
    expect(first).toMatchObject({ left: 115, top: 27.5, width: 85, height: 85, format: "PNG" });
    expect(first?.altTextDescription).toBe("ตราครุฑ");
    expect(first?.name).toMatch(/^action-plan:.*ตราครุฑ$/);
    expect(decoded(first?.base64 ?? "")).toEqual([...emblem.data]);
    expect(second).toMatchObject({ left: 0, top: 0, width: 30, height: 40, format: "JPEG" });
    expect(decoded(second?.base64 ?? "")).toEqual([...JPEG]);
  });

  it("costs no sync: a sheet with pictures is written in as many syncs as without", async () => {
    const withPictures = officeOnFake({ apiVersion: "1.9" });
    await withPictures.workbook.writeSheets([sheetWith([emblem, logo])], GENERATED_AT);
    const without = officeOnFake({ apiVersion: "1.9" });
    await without.workbook.writeSheets([sheetWith([])], GENERATED_AT);

    expect(withPictures.fake.stats.syncs).toBe(without.fake.stats.syncs);
    expect(withPictures.fake.stats.syncs).toBe(2);
  });

  it("a rebuild replaces the pictures it placed and keeps one the user put on the sheet", async () => {
    const { workbook, state } = officeOnFake({ apiVersion: "1.9" });
    await workbook.writeSheets([sheetWith([emblem])], GENERATED_AT);
    const sheet = state.requireSheet("ประกาศ");
    const placed = sheet.shapes[0];
    if (!placed) throw new Error("no picture placed");
    sheet.shapes.push({ ...placed, id: "{user}", name: "ลายเซ็น", left: 300 });

    await workbook.writeSheets([sheetWith([{ ...emblem, offsetXPt: 0 }])], "2026-12-02T04:00:00Z");

    expect(sheet.shapes.map((s) => [s.name.endsWith("ตราครุฑ") ? "ours" : s.name, s.left]).sort()).toEqual(
      [
        ["ours", 110],
        ["ลายเซ็น", 300],
      ].sort(),
    );
  });

  it("places the plan book's emblem and logo where the layout puts them", async () => {
    const plan = samplePlan();
    const emblemPicture = pictureOf(pngImage(60, 60));
    const logoPicture = pictureOf(pngImage(80, 40, [10, 80, 200]));
    if (!emblemPicture || !logoPicture) throw new Error("test pictures unreadable");
    const sheets = layoutBook(
      plan,
      planTextsFrom(planTextsGrid([]), plan),
      { edition: "หลัก" },
      {
        emblem: emblemPicture,
        logo: logoPicture,
      },
    ).sheets;
    const wanted = sheets.flatMap((s) => (s.images ?? []).map((image) => ({ sheet: s.name, image })));
    expect(wanted.length).toBeGreaterThanOrEqual(2);

    const { workbook, state } = officeOnFake({ apiVersion: "1.9" });
    await workbook.writeSheets(sheets, GENERATED_AT);

    for (const { sheet, image } of wanted) {
      const spec = sheets.find((s) => s.name === sheet);
      const left = (spec?.columns ?? []).slice(0, image.column).reduce((n, c) => n + c.widthPt, 0);
      const top = (spec?.rows ?? []).slice(0, image.row).reduce((n, r) => n + r.heightPt, 0);
      const shape = state.requireSheet(sheet).shapes.find((s) => s.altTextDescription === image.description);
      expect(shape).toMatchObject({
        left: expect.closeTo(left + image.offsetXPt, 6),
        top: expect.closeTo(top + image.offsetYPt, 6),
        width: image.widthPt,
        height: image.heightPt,
      });
      expect(decoded(shape?.base64 ?? "")).toEqual([...image.data]);
    }
  });

  it("refuses a picture too large for one request before anything is written", async () => {
    const { workbook, state, fake } = officeOnFake({ apiVersion: "1.9" }, { requestBudgetBytes: 1_000 });
    // 2 KB: over the 750 bytes a 1,000-byte request can carry once in Base64.
    const data = new Uint8Array([...pngImage(2, 2), ...new Uint8Array(2_000).fill(7)]);
    await expect(workbook.writeSheets([sheetWith([{ ...emblem, data }])], GENERATED_AT)).rejects.toThrow(
      /Picture "ตราครุฑ" on sheet "ประกาศ"/,
    );
    expect(fake.stats.syncs).toBe(0);
    expect(state.sheet("ประกาศ")).toBeNull();
  });
});

describe.each(["1.7", "1.8"] as const)("on ExcelApi %s (no worksheet.shapes)", (apiVersion) => {
  it("says it cannot place pictures and writes a sheet that has some without touching shapes", async () => {
    const { workbook, state } = officeOnFake({ apiVersion });
    expect(workbook.writesImages).toBe(false);
    // The fake throws ApiNotFound on worksheet.shapes below 1.9.
    await workbook.writeSheets([sheetWith([emblem])], GENERATED_AT);
    expect(state.requireSheet("ประกาศ").shapes).toEqual([]);
  });
});
