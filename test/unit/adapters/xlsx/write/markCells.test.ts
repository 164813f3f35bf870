import ExcelJS from "exceljs";
import JSZip from "jszip";
import { samplePlanBytes } from "../../../../fixtures/planWorkbook";
import type { CellMark } from "../../../../../src/app/CellMarker";
import { XlsxWorkbook } from "../../../../../src/adapters/xlsx/XlsxWorkbook";

/** Parts a marked copy may change: the sheets marked, their relationships and notes, styles, content types. */
const MAY_CHANGE =
  /^(\[Content_Types\]\.xml|xl\/styles\.xml|xl\/worksheets\/(_rels\/)?sheet\d+\.xml(\.rels)?|xl\/comments\d+\.xml|xl\/drawings\/vmlDrawing\d+\.vml)$/u;

async function parts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const [name, file] of Object.entries(zip.files))
    if (!file.dir) out.set(name, await file.async("uint8array"));
  return out;
}

async function marked(bytes: Uint8Array, marks: readonly CellMark[]) {
  const book = await XlsxWorkbook.fromBuffer(bytes);
  const result = await book.markCells(marks);
  const out = await book.toBuffer();
  const reader = new ExcelJS.Workbook();
  await reader.xlsx.load(out as unknown as ArrayBuffer);
  return { result, out, reader };
}

/** The note's text as exceljs reads it (runs joined). */
function noteText(cell: ExcelJS.Cell): string {
  const note = cell.note;
  if (note === undefined) return "";
  if (typeof note === "string") return note;
  return (note.texts ?? []).map((t) => t.text).join("");
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill;
  return fill?.type === "pattern" ? fill.fgColor?.argb : undefined;
}

describe("markCells: a copy with the problem cells marked", () => {
  it("fills each cell by severity and gives it its note, keeping its value and other formatting", async () => {
    const bytes = await samplePlanBytes();
    const before = new ExcelJS.Workbook();
    await before.xlsx.load(bytes as unknown as ArrayBuffer);
    const { result, reader } = await marked(bytes, [
      { sheet: "โครงการ", cell: "F3", severity: "error", note: "งบประมาณไม่ใช่ตัวเลข" },
      { sheet: "โครงการ", cell: "B4", severity: "warning", note: "ยุทธศาสตร์สะกดไม่ตรง" },
      // A cell never written (far below the table) is added for its mark.
      { sheet: "โครงการ", cell: "D200", severity: "warning", note: "แถวพิมพ์ต่อท้ายตาราง" },
    ]);
    expect(result).toEqual({ marked: 3, skipped: [] });
    const sheet = reader.getWorksheet("โครงการ")!;
    const original = before.getWorksheet("โครงการ")!;
    expect(fillOf(sheet.getCell("F3"))).toBe("FFFFC7CE");
    expect(fillOf(sheet.getCell("B4"))).toBe("FFFFEB9C");
    expect(fillOf(sheet.getCell("D200"))).toBe("FFFFEB9C");
    expect(noteText(sheet.getCell("F3"))).toBe("งบประมาณไม่ใช่ตัวเลข");
    expect(noteText(sheet.getCell("D200"))).toBe("แถวพิมพ์ต่อท้ายตาราง");
    for (const address of ["F3", "B4"]) {
      expect(sheet.getCell(address).value).toEqual(original.getCell(address).value);
      expect(sheet.getCell(address).numFmt).toEqual(original.getCell(address).numFmt);
      expect(sheet.getCell(address).font).toEqual(original.getCell(address).font);
      expect(sheet.getCell(address).border).toEqual(original.getCell(address).border);
    }
    // Unmarked cells keep their look: the cell next to a marked one is not filled.
    expect(fillOf(sheet.getCell("G3"))).toBe(fillOf(original.getCell("G3")));
  });

  it("changes no other part of the workbook, and the copy reads as the same plan", async () => {
    const bytes = await samplePlanBytes();
    const { out } = await marked(bytes, [
      { sheet: "โครงการ", cell: "F3", severity: "error", note: "x" },
      { sheet: "ครุภัณฑ์", cell: "A2", severity: "warning", note: "y" },
    ]);
    const beforeParts = await parts(bytes);
    const afterParts = await parts(out);
    for (const [name, content] of beforeParts) {
      expect(afterParts.has(name) ? name : `${name} missing`).toBe(name);
      if (!MAY_CHANGE.test(name))
        expect(
          Buffer.from(afterParts.get(name)!).equals(Buffer.from(content)) ? name : `${name} changed`,
        ).toBe(name);
    }
    const added = [...afterParts.keys()].filter((name) => !beforeParts.has(name)).sort();
    // The template's sheets already have relationships (their tables): only the notes are new parts.
    expect(added).toEqual([
      "xl/comments1.xml",
      "xl/comments2.xml",
      "xl/drawings/vmlDrawing1.vml",
      "xl/drawings/vmlDrawing2.vml",
    ]);
    const names = ["PlanSettings", "Strategies", "Projects", "Equipment", "Editions"];
    const reread = await XlsxWorkbook.fromBuffer(out);
    const original = await XlsxWorkbook.fromBuffer(bytes);
    expect(await reread.readTables(names)).toEqual(await original.readTables(names));
    // Each drawing has its own block of shape ids, so no two notes share an id.
    const vml = [afterParts.get("xl/drawings/vmlDrawing1.vml"), afterParts.get("xl/drawings/vmlDrawing2.vml")]
      .map((b) => Buffer.from(b!).toString("utf8"))
      .map((text) => [...text.matchAll(/_x0000_s(\d+)/gu)].map((m) => m[1]));
    expect(new Set(vml.flat()).size).toBe(vml.flat().length);
  });

  it("puts several issues of one cell into one note, with the worst severity's fill", async () => {
    const { result, reader } = await marked(await samplePlanBytes(), [
      { sheet: "โครงการ", cell: "F3", severity: "warning", note: "first" },
      { sheet: "โครงการ", cell: "F3", severity: "error", note: "second" },
    ]);
    expect(result.marked).toBe(1);
    const cell = reader.getWorksheet("โครงการ")!.getCell("F3");
    expect(noteText(cell)).toBe("first\nsecond");
    expect(fillOf(cell)).toBe("FFFFC7CE");
  });

  it("keeps a note the user wrote and adds the message after it; a second sheet note gets its own shape", async () => {
    // A workbook exceljs wrote with a note already on the sheet (exceljs writes comments and VML as Excel does).
    const raw = new ExcelJS.Workbook();
    const sheet = raw.addWorksheet("ข้อมูล");
    sheet.getCell("A1").value = "หัวข้อ";
    sheet.getCell("B2").value = 5;
    sheet.getCell("B2").note = "บันทึกของผู้ใช้";
    const bytes = new Uint8Array(await raw.xlsx.writeBuffer());
    const vmlBefore = [...(await parts(bytes)).entries()].find(([name]) => name.endsWith(".vml"));
    expect(vmlBefore).toBeDefined();
    const { reader, out } = await marked(bytes, [
      { sheet: "ข้อมูล", cell: "B2", severity: "error", note: "ค่าผิด" },
      { sheet: "ข้อมูล", cell: "C3", severity: "warning", note: "ตรวจดู" },
    ]);
    const read = reader.getWorksheet("ข้อมูล")!;
    expect(noteText(read.getCell("B2"))).toBe("บันทึกของผู้ใช้\nค่าผิด");
    expect(noteText(read.getCell("C3"))).toBe("ตรวจดู");
    const vmlAfter = Buffer.from((await parts(out)).get(vmlBefore![0])!).toString("utf8");
    // One shape per note: the user's note had one; only C3's is new.
    expect([...vmlAfter.matchAll(/<x:ClientData ObjectType="Note">/gu)]).toHaveLength(2);
    expect(vmlAfter).toContain("<x:Row>2</x:Row><x:Column>2</x:Column>");
    const ids = [...vmlAfter.matchAll(/id="(_x0000_s\d+)"/gu)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("skips marks it cannot place and says which, writing nothing for them", async () => {
    const marks: CellMark[] = [
      { sheet: "ไม่มีชีตนี้", cell: "A1", severity: "error", note: "x" },
      { sheet: "โครงการ", cell: "not a cell", severity: "error", note: "y" },
    ];
    const book = await XlsxWorkbook.fromBuffer(await samplePlanBytes());
    const result = await book.markCells(marks);
    expect(result).toEqual({ marked: 0, skipped: marks });
  });
});
