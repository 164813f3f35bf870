import ExcelJS, { ValueType } from "exceljs";
import JSZip from "jszip";
import { SheetNameTakenError } from "../../../../src/app/WorkbookPort";
import type { SheetSpec } from "../../../../src/domain/layout/SheetSpec";
import {
  PROJECTS_TABLE,
  STRATEGIES_TABLE,
  TEMPLATE_TABLES,
} from "../../../../src/domain/template/templateSpec";
import { CellWriteRefusedError } from "../../../../src/adapters/xlsx/write/SheetPatcher";
import { XlsxWorkbook } from "../../../../src/adapters/xlsx/XlsxWorkbook";

/** Excel "characters" back to points (7 px digit + 5 px padding, 0.75 pt a pixel), to read widths back. */
const charactersToPoints = (characters: number): number => (characters * 7 + 5) * 0.75;

async function roundTrip(workbook: XlsxWorkbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(await workbook.toBuffer());
}

/** What another program (exceljs) reads from the file this adapter wrote. */
async function asSeenByExceljs(workbook: XlsxWorkbook): Promise<ExcelJS.Workbook> {
  const raw = new ExcelJS.Workbook();
  await raw.xlsx.load((await workbook.toBuffer()) as unknown as ArrayBuffer);
  return raw;
}

/** A workbook written by exceljs, opened by this adapter. */
async function fromExceljs(build: (workbook: ExcelJS.Workbook) => void): Promise<XlsxWorkbook> {
  const raw = new ExcelJS.Workbook();
  build(raw);
  return XlsxWorkbook.fromBuffer(new Uint8Array(await raw.xlsx.writeBuffer()));
}

async function partsOf(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Uint8Array>();
  for (const [name, file] of Object.entries(zip.files))
    if (!file.dir) parts.set(name, await file.async("uint8array"));
  return parts;
}

const LISTS = { workPlans: ["แผนงานการศึกษา", "แผนงานสาธารณสุข"], strategies: [] };
const FIXED_ID = () => new Uint8Array(16).fill(7);

function spec(
  name: string,
  cells: (string | number | null)[],
  overrides: Partial<SheetSpec> = {},
): SheetSpec {
  return {
    name,
    owner: { kind: "pd01", edition: "หลัก" },
    columns: cells.map(() => ({ widthPt: 60 })),
    rows: [
      { heightPt: 24, cells: cells.map((value) => ({ value, style: "body" })) },
      { heightPt: 18, cells: cells.map(() => null) },
      { heightPt: 18, cells: cells.map((_, i) => ({ value: i })) },
    ],
    merges: [{ row: 1, column: 0, rowCount: 1, columnCount: 2 }],
    styles: {
      body: {
        font: { name: "TH SarabunPSK", sizePt: 16, bold: true },
        fill: "#C0C0C0",
        border: { bottom: "thin" },
      },
    },
    print: {
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      titleRows: { first: 1, last: 1 },
      margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
      centerHorizontally: true,
      headerRight: "แบบ ผด.01",
      footerCenter: "หน้า &P / &N",
      pageBreaksBefore: [3],
    },
    frozenRows: 1,
    ...overrides,
  };
}

describe("XlsxWorkbook.readTables", () => {
  it("reads what exceljs wrote: dates → serials, formulas → results, rich text, hyperlinks, errors", async () => {
    const book = await fromExceljs((raw) => {
      raw.addWorksheet("ข้อมูล").addTable({
        name: "Things",
        ref: "B3",
        columns: ["a", "b", "c", "d", "e", "f"].map((name) => ({ name })),
        rows: [
          [
            new Date(Date.UTC(2026, 9, 10)),
            { formula: "1+1", result: 2 },
            { richText: [{ text: "แผน" }, { font: { bold: true }, text: "งาน" }] },
            { text: "ลิงก์", hyperlink: "https://example.org" },
            { error: "#REF!" },
            "ข้อความ",
          ],
        ],
      } as never);
    });
    const [grid] = await book.readTables(["things"]);
    expect(grid).toMatchObject({
      name: "Things",
      sheet: "ข้อมูล",
      headerRow: 2,
      firstColumn: 1,
      headers: ["a", "b", "c", "d", "e", "f"],
      rowsBelow: [],
      firstRowBelow: 4,
      merges: [],
    });
    // 10 Oct 2026 is Excel serial 46305.
    expect(grid?.rows).toEqual([[46305, 2, "แผนงาน", "ลิงก์", { error: "#REF!" }, "ข้อความ"]]);
  });

  it("delivers what was typed below a table and merges over its rows, for the core to judge", async () => {
    const book = await fromExceljs((raw) => {
      const sheet = raw.addWorksheet("โครงการ");
      sheet.addTable({
        name: "Projects",
        ref: "A1",
        columns: [{ name: "ที่" }, { name: "งบ" }],
        rows: [[1, 100]],
      } as never);
      sheet.getCell("A3").value = 2;
      sheet.getCell("B3").value = 200;
      sheet.getCell("B5").value = "หมายเหตุ";
      sheet.mergeCells("B2:B3");
    });
    const [grid] = await book.readTables(["Projects"]);
    expect(grid?.rows).toEqual([[1, 100]]);
    // Row 4 (blank) stays between the typed row and the note; trailing blank rows are dropped.
    expect(grid?.rowsBelow).toEqual([
      [2, null],
      [null, null],
      [null, "หมายเหตุ"],
    ]);
    expect(grid?.firstRowBelow).toBe(2);
    expect(grid?.merges).toEqual([{ row: 1, column: 1, rowCount: 2, columnCount: 1 }]);
  });

  it("stops what lies below a table at the next table of the sheet (a user's own table is not typed rows)", async () => {
    const book = await fromExceljs((raw) => {
      const sheet = raw.addWorksheet("โครงการ");
      sheet.addTable({
        name: "Projects",
        ref: "A1",
        columns: [{ name: "ที่" }, { name: "งบ" }],
        rows: [[1, 100]],
      } as never);
      sheet.getCell("A3").value = 2;
      sheet.addTable({
        name: "Mine",
        ref: "A5",
        columns: [{ name: "ของฉัน" }, { name: "ค่า" }],
        rows: [["x", 9]],
      } as never);
    });
    const [grid] = await book.readTables(["Projects"]);
    expect(grid?.rowsBelow).toEqual([[2, null]]);
  });

  it("reads a formula saved without its result (as openpyxl saves) as a formula, not as blank", async () => {
    const raw = new ExcelJS.Workbook();
    raw.addWorksheet("ข้อมูล").addTable({
      name: "Things",
      ref: "A1",
      columns: [{ name: "a" }],
      rows: [[{ formula: "SUM(1,2)", result: 3 }]],
    } as never);
    const zip = await JSZip.loadAsync(await raw.xlsx.writeBuffer());
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    for (const noResult of ["", "<v></v>", "<v/>"]) {
      zip.file("xl/worksheets/sheet1.xml", sheetXml.replace(/<v>3<\/v>/u, noResult));
      const book = await XlsxWorkbook.fromBuffer(await zip.generateAsync({ type: "uint8array" }));
      const [grid] = await book.readTables(["Things"]);
      expect(grid?.rows).toEqual([[{ formula: "=SUM(1,2)" }]]);
    }
  });

  it("reads a table whose part omits headerRowCount (as Excel writes it), keeping its header", async () => {
    const book = XlsxWorkbook.create();
    await book.insertTemplate([STRATEGIES_TABLE], {});
    await book.appendTableRows("Strategies", [[1, "ยุทธศาสตร์ที่หนึ่ง"]]);
    const zip = await JSZip.loadAsync(await book.toBuffer());
    const tableFile = Object.keys(zip.files).find((f) => /xl\/tables\/table\d+\.xml$/u.test(f))!;
    const xml = await zip.file(tableFile)!.async("string");
    expect(xml).not.toContain("headerRowCount");
    const [grid] = await (
      await XlsxWorkbook.fromBuffer(await zip.generateAsync({ type: "uint8array" }))
    ).readTables(["Strategies"]);
    expect(grid?.headers).toEqual(["ลำดับ", "ยุทธศาสตร์"]);
    expect(grid?.rows).toEqual([[1, "ยุทธศาสตร์ที่หนึ่ง"]]);
  });

  it("leaves absent tables out of the result", async () => {
    expect(await XlsxWorkbook.create().readTables(["Projects"])).toEqual([]);
  });
});

describe("XlsxWorkbook.insertTemplate", () => {
  it("creates every template table with its headers, text format, frozen header and dropdowns", async () => {
    const book = XlsxWorkbook.create();
    const report = await book.insertTemplate(TEMPLATE_TABLES, LISTS);
    expect(report.created).toEqual(TEMPLATE_TABLES.map((t) => t.table));
    expect(report.kept).toEqual([]);
    const raw = await asSeenByExceljs(book);
    expect(raw.worksheets.map((s) => s.name)).toEqual([
      ...TEMPLATE_TABLES.map((t) => t.sheet),
      "รายการอ้างอิง",
    ]);
    const projects = raw.getWorksheet("โครงการ")!;
    expect(projects.getRow(1).values).toEqual([undefined, ...PROJECTS_TABLE.columns.map((c) => c.header)]);
    expect(projects.getCell("D2").numFmt).toBe("@");
    expect(projects.getCell("F2").numFmt).toBe("#,##0.00");
    expect(projects.getCell("A1").font).toMatchObject({ bold: true });
    expect(projects.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(charactersToPoints(projects.getColumn(4).width!)).toBeCloseTo(220, 0);
    expect(projects.getCell("C2").dataValidation).toMatchObject({
      type: "list",
      formulae: ["'รายการอ้างอิง'!$A$2:$A$3"],
    });
    expect(projects.getCell("B2").dataValidation).toMatchObject({
      type: "list",
      formulae: ['INDIRECT("Strategies[ลำดับ]")'],
    });
    expect(raw.getWorksheet("รายการอ้างอิง")!.getCell("A3").value).toBe("แผนงานสาธารณสุข");
    const [grid] = await (await roundTrip(book)).readTables(["Projects"]);
    expect(grid?.headers).toEqual(PROJECTS_TABLE.columns.map((c) => c.header));
  });

  it("never overwrites: an existing table is kept (missing headers reported), a user's sheet keeps its cells", async () => {
    const book = await fromExceljs((raw) => {
      raw.addWorksheet("ยุทธศาสตร์").addTable({
        name: "Strategies",
        ref: "A1",
        columns: [{ name: "ลำดับ" }, { name: "ชื่อ" }],
        rows: [[1, "ของผู้ใช้"]],
      } as never);
      raw.addWorksheet("โครงการ").getCell("A1").value = "โน้ตของผู้ใช้";
    });
    const report = await book.insertTemplate([STRATEGIES_TABLE, PROJECTS_TABLE], {});
    expect(report.kept).toEqual(["Strategies"]);
    expect(report.created).toEqual(["Projects"]);
    expect(report.missingHeaders).toEqual({ Strategies: ["ยุทธศาสตร์"] });
    const reread = await roundTrip(book);
    const [strategyGrid, projectGrid] = await reread.readTables(["Strategies", "Projects"]);
    expect(strategyGrid?.rows).toEqual([[1, "ของผู้ใช้"]]);
    expect(projectGrid?.headerRow).toBe(2); // two rows below the user's note in A1
    expect((await asSeenByExceljs(reread)).getWorksheet("โครงการ")!.getCell("A1").value).toBe("โน้ตของผู้ใช้");
  });
});

describe("XlsxWorkbook.insertTemplate on a table of an earlier template", () => {
  const earlier = PROJECTS_TABLE.columns.filter((c) => !c.extension).map((c) => c.header);
  const added = PROJECTS_TABLE.columns.filter((c) => c.extension).map((c) => c.header);
  const earlierWorkbook = (note?: string) =>
    fromExceljs((raw) => {
      const sheet = raw.addWorksheet("โครงการ");
      sheet.addTable({
        name: "Projects",
        ref: "B2",
        columns: earlier.map((name) => ({ name })),
        rows: [
          earlier.map((_, i) => (i === 3 ? "โครงการเดิม" : null)),
          earlier.map((_, i) => (i === 3 ? "โครงการสอง" : null)),
        ],
      } as never);
      if (note !== undefined) sheet.getCell("AB3").value = note;
    });

  it("adds the optional columns at the table's right end, moving nothing", async () => {
    const book = await earlierWorkbook();
    const report = await book.insertTemplate([PROJECTS_TABLE], {
      followUpStatuses: ["ยังไม่ดำเนินการ", "ยกเลิก"],
    });
    expect(report.addedColumns).toEqual({ Projects: added });
    expect(report.missingHeaders).toEqual({});
    const [grid] = await (await roundTrip(book)).readTables(["Projects"]);
    expect(grid?.headers).toEqual([...earlier, ...added]);
    expect(grid?.firstColumn).toBe(1);
    expect(grid?.rows.map((r) => r[3])).toEqual(["โครงการเดิม", "โครงการสอง"]);
    expect(grid?.rows.every((r) => r.slice(earlier.length).every((v) => v === null))).toBe(true);
    const seen = (await asSeenByExceljs(book)).getWorksheet("โครงการ")!;
    expect(seen.getCell("AA2").value).toBe(added[0]);
    expect(seen.getCell("AA2").font).toMatchObject({ bold: true });
    // AA–AJ: plan book, page, item, reason, status, contract date, contract amount, disbursed, …
    expect(seen.getCell("AF3").numFmt).toBe("d/m/yyyy");
    expect(seen.getCell("AG3").numFmt).toBe("#,##0.00");
    expect(seen.getCell("AE3").dataValidation).toMatchObject({
      type: "list",
      formulae: ["'รายการอ้างอิง'!$A$2:$A$3"],
    });
  });

  it("adds nothing where the user has cells to the right, and says which columns are missing", async () => {
    const book = await earlierWorkbook("บันทึกของฉัน");
    const before = await book.toBuffer();
    const report = await book.insertTemplate([PROJECTS_TABLE], { followUpStatuses: ["ยังไม่ดำเนินการ"] });
    expect(report.addedColumns).toEqual({});
    expect(report.missingHeaders).toEqual({ Projects: added });
    expect(await book.toBuffer()).toEqual(before);
  });
});

describe("XlsxWorkbook.appendTableRows and writeTableCells", () => {
  it("fills a new table's blank first row, grows the table, and writes text as text", async () => {
    const book = XlsxWorkbook.create();
    await book.insertTemplate([STRATEGIES_TABLE], {});
    await book.appendTableRows("Strategies", [
      [1, "=ไม่ใช่สูตร"],
      [2, "  ด้านสังคม\nและคุณภาพชีวิต "],
    ]);
    const [grid] = await (await roundTrip(book)).readTables(["Strategies"]);
    expect(grid?.rows).toEqual([
      [1, "=ไม่ใช่สูตร"],
      [2, "  ด้านสังคม\nและคุณภาพชีวิต "],
    ]);
    expect((await asSeenByExceljs(book)).getWorksheet("ยุทธศาสตร์")!.getCell("B2").type).toBe(ValueType.String);
  });

  it("never writes over what the user typed below a table", async () => {
    const book = XlsxWorkbook.create();
    await book.insertTemplate([STRATEGIES_TABLE], {});
    await book.appendTableRows("Strategies", [[1, "หนึ่ง"]]);
    const typed = await XlsxWorkbook.fromBuffer(
      await (async () => {
        const raw = new ExcelJS.Workbook();
        await raw.xlsx.load((await book.toBuffer()) as unknown as ArrayBuffer);
        raw.getWorksheet("ยุทธศาสตร์")!.getCell("B3").value = "พิมพ์ไว้ใต้ตาราง";
        return new Uint8Array(await raw.xlsx.writeBuffer());
      })(),
    );
    await expect(typed.appendTableRows("Strategies", [[2, "สอง"]])).rejects.toThrow(CellWriteRefusedError);
    const [grid] = await typed.readTables(["Strategies"]);
    expect(grid?.rowsBelow).toEqual([[null, "พิมพ์ไว้ใต้ตาราง"]]);
  });

  it("writes single body cells and refuses cells outside the table", async () => {
    const book = XlsxWorkbook.create();
    await book.insertTemplate(TEMPLATE_TABLES, LISTS);
    await book.writeTableCells("PlanSettings", [{ row: 4, column: 1, value: 2570 }]);
    const [grid] = await (await roundTrip(book)).readTables(["PlanSettings"]);
    expect(grid?.rows[4]).toEqual(["ปีงบประมาณ (พ.ศ.)", 2570]);
    await expect(book.writeTableCells("PlanSettings", [{ row: 99, column: 1, value: 1 }])).rejects.toThrow(
      RangeError,
    );
  });
});

describe("XlsxWorkbook.writeSheets", () => {
  it("writes formula-looking text as text that round-trips", async () => {
    const book = XlsxWorkbook.create();
    await book.writeSheets([spec("ผด.01", ["=1+1", "+1", "-1", "@x"])], "2026-11-27T00:00:00Z");
    const sheet = (await asSeenByExceljs(book)).getWorksheet("ผด.01")!;
    for (const [address, text] of [
      ["A1", "=1+1"],
      ["B1", "+1"],
      ["C1", "-1"],
      ["D1", "@x"],
    ] as const) {
      expect(sheet.getCell(address).type).toBe(ValueType.String);
      expect(sheet.getCell(address).value).toBe(text);
    }
  });

  it("applies the spec: owner mark, widths, heights, merges, styles and print setup", async () => {
    const book = XlsxWorkbook.create(FIXED_ID);
    await book.writeSheets([spec("ผด.01", ["ก", "ข", "ค"])], "2026-11-27T00:00:00Z");
    const sheet = (await asSeenByExceljs(book)).getWorksheet("ผด.01")!;
    // Three columns A–C, one empty column D, the mark in E1.
    expect(String(sheet.getCell("E1").value)).toMatch(
      /^action-plan:pd01\|หลัก\|2026-11-27T00:00:00Z\|\|[0-9a-f]{8}$/u,
    );
    expect((await book.listSheets())[0]?.owner).toEqual({
      kind: "pd01",
      edition: "หลัก",
      generatedAt: "2026-11-27T00:00:00Z",
    });
    expect(charactersToPoints(sheet.getColumn(1).width!)).toBeCloseTo(60, 0);
    expect(sheet.getRow(1).height).toBe(24);
    expect(sheet.getCell("A2").isMerged && sheet.getCell("B2").master.address).toBe("A2");
    expect(sheet.getCell("A1").font).toMatchObject({ name: "TH SarabunPSK", size: 16, bold: true });
    expect(sheet.getCell("A1").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFC0C0C0" } });
    expect(sheet.getCell("A1").border).toMatchObject({ bottom: { style: "thin" } });
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printArea: expect.stringMatching(/^\$?A\$?1:\$?C\$?3$/u),
      printTitlesRow: "1:1",
    });
    expect(sheet.headerFooter).toMatchObject({ oddHeader: "&Rแบบ ผด.01", oddFooter: "&Cหน้า &P / &N" });
    const zip = await JSZip.loadAsync(await book.toBuffer());
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    // The page that starts at row 3 means a break after row 2.
    expect(sheetXml).toMatch(/<rowBreaks[^>]*><brk id="2"[^>]*man="1"/u);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("prints header and footer in the given font, no header on page 1 when asked, numbering from 1", async () => {
    const book = XlsxWorkbook.create();
    const base = spec("ผด.01", ["ก"]);
    const print = {
      ...base.print,
      headerFooterFont: { name: "TH SarabunIT๙", sizePt: 14 },
      headerOnFirstPage: false,
      firstPageNumber: 1,
    };
    await book.writeSheets([{ ...base, print }], "t");
    const sheet = (await asSeenByExceljs(book)).getWorksheet("ผด.01")!;
    expect(sheet.headerFooter).toMatchObject({
      differentFirst: true,
      oddHeader: '&R&"TH SarabunIT๙,Bold"&14แบบ ผด.01',
      oddFooter: '&C&"TH SarabunIT๙,Regular"&14หน้า &P / &N',
      firstFooter: '&C&"TH SarabunIT๙,Regular"&14หน้า &P / &N',
    });
    expect(sheet.headerFooter.firstHeader).toBeUndefined();
    expect(sheet.pageSetup.firstPageNumber).toBe(1);
    const sheetXml = await (
      await JSZip.loadAsync(await book.toBuffer())
    )
      .file("xl/worksheets/sheet1.xml")!
      .async("string");
    expect(sheetXml).toMatch(/<pageSetup[^>]*useFirstPageNumber="1"/u);
  });

  it("removes only the sheets it generated", async () => {
    const book = await fromExceljs((raw) => {
      raw.addWorksheet("ข้อมูล");
      raw.addWorksheet("ผด.02").getCell("A1").value = "ของผู้ใช้";
    });
    await book.writeSheets([spec("ผด.01", ["ก"]), spec("ผด.01 เก่า", ["ข"])], "t1");
    const reopened = await roundTrip(book);
    const removed = await reopened.removeOwnedSheets(["ผด.01 เก่า", "ผด.02", "ไม่มีชีตนี้", "ผด.01 เก่า"]);
    expect(removed).toEqual(["ผด.01 เก่า"]);
    expect((await reopened.listSheets()).map((s) => s.name)).toEqual(["ข้อมูล", "ผด.02", "ผด.01"]);
    const seen = await asSeenByExceljs(reopened);
    expect(seen.getWorksheet("ผด.02")!.getCell("A1").value).toBe("ของผู้ใช้");
    expect(seen.getWorksheet("ผด.01")!.getCell("A1").value).toBe("ก");
  });

  it("replaces its own sheet in place, and refuses a user's sheet of that name without writing anything", async () => {
    const book = await fromExceljs((raw) => raw.addWorksheet("ข้อมูล"));
    await book.writeSheets([spec("ผด.01", ["เก่า"])], "t1");
    await book.insertTemplate([STRATEGIES_TABLE], {});
    await book.writeSheets([spec("ผด.01", ["ใหม่"])], "t2");
    expect((await book.listSheets()).map((s) => s.name)).toEqual(["ข้อมูล", "ยุทธศาสตร์", "ผด.01"]);
    expect((await asSeenByExceljs(book)).getWorksheet("ผด.01")!.getCell("A1").value).toBe("ใหม่");
    expect((await book.listSheets())[2]?.owner).toMatchObject({
      kind: "pd01",
      edition: "หลัก",
      generatedAt: "t2",
    });

    const before = await book.toBuffer();
    await expect(
      book.writeSheets([spec("ผด.01", ["ใหม่กว่า"]), spec("ยุทธศาสตร์", ["x"])], "t3"),
    ).rejects.toThrow(SheetNameTakenError);
    expect(await book.toBuffer()).toEqual(before);
  });

  it("keeps every part of the user's workbook byte for byte that it had no reason to touch", async () => {
    const raw = new ExcelJS.Workbook();
    raw.creator = "ผู้ใช้";
    const notes = raw.addWorksheet("บันทึก");
    notes.getCell("A1").value = "ประชุม";
    notes.getCell("B2").value = { formula: "1+1", result: 2 };
    const image = raw.addImage({
      base64:
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
      extension: "png",
    });
    notes.addImage(image, "C3:D5");
    const original = new Uint8Array(await raw.xlsx.writeBuffer());
    const book = await XlsxWorkbook.fromBuffer(original);
    await book.writeSheets([spec("ผด.01", ["ก"])], "t");
    const before = await partsOf(original);
    const after = await partsOf(await book.toBuffer());
    const touched = new Set([
      "[Content_Types].xml",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
    ]);
    for (const [name, bytes] of before)
      if (!touched.has(name)) expect([name, after.get(name)]).toEqual([name, bytes]);
    expect([...after.keys()].filter((n) => !before.has(n))).toEqual(["xl/worksheets/sheet2.xml"]);
  });
});

describe("owner marks bind a sheet to this workbook", () => {
  it("a generated sheet copied into another workbook is that workbook's user sheet: never replaced or deleted", async () => {
    const first = XlsxWorkbook.create(() => new Uint8Array(16).fill(1));
    await first.writeSheets([spec("ผด.01", ["ปีที่แล้ว"])], "t1");
    const mark = (await asSeenByExceljs(first)).getWorksheet("ผด.01")!.getCell("C1").value;
    const second = XlsxWorkbook.create(() => new Uint8Array(16).fill(2));
    await second.writeSheets([spec("ผด.02", ["ปีนี้"])], "t2");
    const pasted = await XlsxWorkbook.fromBuffer(
      await (async () => {
        const raw = new ExcelJS.Workbook();
        await raw.xlsx.load((await second.toBuffer()) as unknown as ArrayBuffer);
        const copy = raw.addWorksheet("ผด.01 เพิ่มเติม 1-2569");
        copy.getCell("A1").value = "ปีที่แล้ว";
        copy.getCell("C1").value = mark;
        return new Uint8Array(await raw.xlsx.writeBuffer());
      })(),
    );
    const sheets = await pasted.listSheets();
    expect(sheets.find((s) => s.name === "ผด.01 เพิ่มเติม 1-2569")?.owner).toBeNull();
    expect(await pasted.removeOwnedSheets(["ผด.01 เพิ่มเติม 1-2569"])).toEqual([]);
  });
});
