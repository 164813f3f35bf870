import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pngImage } from "../../../../builders/pngImage";
import { hasOpenpyxl, PYTHON } from "../../../../tools/openpyxl";
import type { ImageSpec, SheetSpec } from "../../../../../src/domain/layout/SheetSpec";
import { XlsxWorkbook } from "../../../../../src/adapters/xlsx/XlsxWorkbook";

const image = (row: number, column: number): ImageSpec => ({
  data: pngImage(60, 80),
  format: "png",
  row,
  column,
  offsetXPt: 10,
  offsetYPt: 4,
  widthPt: 63.78,
  heightPt: 85.04,
  description: "ตราครุฑ",
});

const sheet = (images: readonly ImageSpec[]): SheetSpec => ({
  name: "ประกาศ",
  owner: { kind: "notice", edition: "หลัก" },
  columns: [{ widthPt: 100 }, { widthPt: 100 }, { widthPt: 100 }],
  rows: [{ heightPt: 90, cells: [{ value: "ประกาศ" }, null, null] }],
  merges: [],
  styles: {},
  print: {
    paper: "A4",
    orientation: "portrait",
    fitToWidth: true,
    margins: { top: 1, bottom: 1, left: 1, right: 1, header: 0.3, footer: 0.3 },
    centerHorizontally: false,
    pageBreaksBefore: [],
  },
  frozenRows: 0,
  images,
});

async function written(images: readonly ImageSpec[]): Promise<XlsxWorkbook> {
  const workbook = XlsxWorkbook.create();
  await workbook.writeSheets([sheet(images)], "2026-11-27T00:00:00Z");
  return XlsxWorkbook.fromBuffer(await workbook.toBuffer());
}

describe("pictures of a generated sheet", () => {
  test("are written as a drawing of the sheet and read back byte for byte at their cell", async () => {
    const workbook = await written([image(0, 1)]);
    const [picture, ...rest] = await workbook.readSheetPictures("ประกาศ");
    expect(rest).toEqual([]);
    expect(picture).toEqual({ data: image(0, 1).data, row: 0, column: 1 });
  });

  test("a sheet written again keeps only its new pictures (no media left behind)", async () => {
    const workbook = await written([image(0, 1), image(0, 2)]);
    await workbook.writeSheets([sheet([image(0, 0)])], "2026-11-28T00:00:00Z");
    const again = await XlsxWorkbook.fromBuffer(await workbook.toBuffer());
    expect((await again.readSheetPictures("ประกาศ")).map((p) => p.column)).toEqual([0]);
    const zip = Buffer.from(await again.toBuffer()).toString("latin1");
    expect(zip.match(/xl\/media\/image\d+\.png/gu)?.filter((n, i, all) => all.indexOf(n) === i)).toHaveLength(
      1,
    );
  });

  test("a sheet without pictures has no drawing", async () => {
    const workbook = await written([]);
    expect(await workbook.readSheetPictures("ประกาศ")).toEqual([]);
  });

  (hasOpenpyxl() ? test : test.skip)("openpyxl reads the picture at its cell with its size", async () => {
    const dir = mkdtempSync(join(tmpdir(), "drawing-"));
    try {
      const file = join(dir, "book.xlsx");
      writeFileSync(file, await (await written([image(0, 1)])).toBuffer());
      const script = `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["ประกาศ"]
a = ws._images[0].anchor
print(json.dumps([a._from.row, a._from.col, a._from.colOff, a._from.rowOff, a.ext.width, a.ext.height]))`;
      const run = spawnSync(PYTHON, ["-c", script, file], { encoding: "utf8" });
      expect(run.stderr).toBe("");
      expect(JSON.parse(run.stdout)).toEqual([0, 1, 127000, 50800, 810006, 1080008]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  (hasOpenpyxl() ? test : test.skip)("a picture openpyxl put in a sheet is read with its cell", async () => {
    const dir = mkdtempSync(join(tmpdir(), "drawing-"));
    try {
      const [png, file] = [join(dir, "logo.png"), join(dir, "plan.xlsx")];
      writeFileSync(png, pngImage(40, 40, [10, 90, 200]));
      const script = `
import sys, openpyxl
from openpyxl.drawing.image import Image
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "ตั้งค่า"
ws["A1"] = "หัวข้อ"
ws.add_image(Image(sys.argv[1]), "C4")
wb.save(sys.argv[2])`;
      const run = spawnSync(PYTHON, ["-c", script, png, file], { encoding: "utf8" });
      expect(run.stderr).toBe("");
      const workbook = await XlsxWorkbook.fromBuffer(readFileSync(file));
      const pictures = await workbook.readSheetPictures("ตั้งค่า");
      expect(pictures.map((p) => [p.row, p.column, p.data.length > 0])).toEqual([[3, 2, true]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
