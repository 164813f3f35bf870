import { Workbook, ValueType } from "exceljs";
import JSZip from "jszip";
import { SheetNameTakenError } from "../../app/WorkbookPort";
import type { SheetSpec } from "../../domain/layout/SheetSpec";
import { formatOwnerMark } from "../../domain/layout/ownerMark";
import { PROJECTS_TABLE, STRATEGIES_TABLE, TEMPLATE_TABLES } from "../../domain/template/templateSpec";
import { charactersToPoints } from "./pointsToCharacters";
import { XlsxWorkbook } from "./XlsxWorkbook";

async function roundTrip(workbook: XlsxWorkbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(await workbook.toBuffer());
}

async function rawWorkbook(workbook: XlsxWorkbook): Promise<Workbook> {
  const raw = new Workbook();
  await raw.xlsx.load((await workbook.toBuffer()) as unknown as ArrayBuffer);
  return raw;
}

const LISTS = { workPlans: ["แผนงานการศึกษา", "แผนงานสาธารณสุข"], strategies: [] };

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
  it("normalises exceljs values: dates → serials, formulas → results, rich text, hyperlinks, errors", async () => {
    const book = XlsxWorkbook.create();
    const sheet = book.workbook.addWorksheet("ข้อมูล");
    sheet.addTable({
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
    const [grid] = await (await roundTrip(book)).readTables(["things"]);
    expect(grid).toMatchObject({
      name: "Things",
      sheet: "ข้อมูล",
      headerRow: 2,
      firstColumn: 1,
      headers: ["a", "b", "c", "d", "e", "f"],
    });
    // 10 Oct 2026 is Excel serial 46305.
    expect(grid?.rows).toEqual([[46305, 2, "แผนงาน", "ลิงก์", { error: "#REF!" }, "ข้อความ"]]);
  });

  it("reads a table written by Excel, which omits headerRowCount, and keeps its header on save", async () => {
    const book = XlsxWorkbook.create();
    await book.insertTemplate([STRATEGIES_TABLE], {});
    book.writeTableRows("Strategies", [[1, "ยุทธศาสตร์ที่หนึ่ง"]]);
    const zip = await JSZip.loadAsync(await book.toBuffer());
    const tableFile = Object.keys(zip.files).find((f) => /xl\/tables\/table\d+\.xml$/u.test(f))!;
    const xml = await zip.file(tableFile)!.async("string");
    expect(xml).toContain('headerRowCount="1"');
    zip.file(tableFile, xml.replace(/ headerRowCount="1"/u, ""));
    const excelMade = await XlsxWorkbook.fromBuffer(await zip.generateAsync({ type: "nodebuffer" }));

    const [grid] = await excelMade.readTables(["Strategies"]);
    expect(grid?.headers).toEqual(["ลำดับ", "ยุทธศาสตร์"]);
    expect(grid?.rows).toEqual([[1, "ยุทธศาสตร์ที่หนึ่ง"]]);
    const resaved = await JSZip.loadAsync(await excelMade.toBuffer());
    expect(await resaved.file(tableFile)!.async("string")).not.toContain('headerRowCount="0"');
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
    const raw = await rawWorkbook(book);
    const projects = raw.getWorksheet("โครงการ")!;
    expect(projects.getRow(1).values).toEqual([undefined, ...PROJECTS_TABLE.columns.map((c) => c.header)]);
    expect(projects.getCell("D2").numFmt).toBe("@");
    expect(projects.getCell("F2").numFmt).toBe("#,##0.00");
    expect(projects.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(charactersToPoints(projects.getColumn(4).width!)).toBeCloseTo(220, 0);
    expect(projects.getCell("C2").dataValidation).toMatchObject({
      type: "list",
      formulae: ["'รายการอ้างอิง'!$A$2:$A$3"],
    });
    expect(raw.getWorksheet("รายการอ้างอิง")!.getCell("A3").value).toBe("แผนงานสาธารณสุข");
  });

  it("never overwrites: an existing table is kept (missing headers reported), a user's sheet keeps its cells", async () => {
    const book = XlsxWorkbook.create();
    const strategies = book.workbook.addWorksheet("ยุทธศาสตร์");
    strategies.addTable({
      name: "Strategies",
      ref: "A1",
      columns: [{ name: "ลำดับ" }, { name: "ชื่อ" }],
      rows: [[1, "ของผู้ใช้"]],
    } as never);
    const projects = book.workbook.addWorksheet("โครงการ");
    projects.getCell("A1").value = "โน้ตของผู้ใช้";
    const report = await book.insertTemplate([STRATEGIES_TABLE, PROJECTS_TABLE], {});
    expect(report.kept).toEqual(["Strategies"]);
    expect(report.created).toEqual(["Projects"]);
    expect(report.missingHeaders).toEqual({ Strategies: ["ยุทธศาสตร์"] });
    const reread = await roundTrip(book);
    const [strategyGrid, projectGrid] = await reread.readTables(["Strategies", "Projects"]);
    expect(strategyGrid?.rows).toEqual([[1, "ของผู้ใช้"]]);
    expect(projectGrid?.headerRow).toBe(2); // two rows below the user's note in A1
    expect(reread.workbook.getWorksheet("โครงการ")!.getCell("A1").value).toBe("โน้ตของผู้ใช้");
  });
});

describe("XlsxWorkbook.writeSheets", () => {
  it("writes formula-looking text as text that round-trips", async () => {
    const book = XlsxWorkbook.create();
    await book.writeSheets([spec("ผด.01", ["=1+1", "+1", "-1", "@x"])], "2026-11-27T00:00:00Z");
    const sheet = (await rawWorkbook(book)).getWorksheet("ผด.01")!;
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
    const book = XlsxWorkbook.create();
    await book.writeSheets([spec("ผด.01", ["ก", "ข", "ค"])], "2026-11-27T00:00:00Z");
    const sheet = (await rawWorkbook(book)).getWorksheet("ผด.01")!;
    // Three columns A–C, one empty column D, the mark in E1.
    expect(sheet.getCell("E1").value).toBe(
      formatOwnerMark({ kind: "pd01", edition: "หลัก" }, "2026-11-27T00:00:00Z"),
    );
    expect(charactersToPoints(sheet.getColumn(1).width!)).toBeCloseTo(60, 0);
    expect(sheet.getRow(1).height).toBe(24);
    expect(sheet.getCell("A2").isMerged && sheet.getCell("B2").master.address).toBe("A2");
    expect(sheet.getCell("A1").font).toMatchObject({ name: "TH SarabunPSK", size: 16, bold: true });
    expect(sheet.getCell("A1").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFC0C0C0" } });
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
    // The page that starts at row 3 means a break after row 2 (exceljs does not read breaks back: check the XML).
    const zip = await JSZip.loadAsync(await book.toBuffer());
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
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
    const sheet = (await rawWorkbook(book)).getWorksheet("ผด.01")!;
    expect(sheet.headerFooter).toMatchObject({
      differentFirst: true,
      oddHeader: '&R&"TH SarabunIT๙,Bold"&14แบบ ผด.01',
      oddFooter: '&C&"TH SarabunIT๙,Regular"&14หน้า &P / &N',
      firstFooter: '&C&"TH SarabunIT๙,Regular"&14หน้า &P / &N',
    });
    expect(sheet.headerFooter.firstHeader).toBeUndefined();
    expect(sheet.pageSetup.firstPageNumber).toBe(1);
    const zip = await JSZip.loadAsync(await book.toBuffer());
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheetXml).toMatch(/<pageSetup[^>]*useFirstPageNumber="1"/u);
  });

  it("removes only the sheets it generated", async () => {
    const book = XlsxWorkbook.create();
    book.workbook.addWorksheet("ข้อมูล");
    await book.writeSheets([spec("ผด.01", ["ก"]), spec("ผด.01 เก่า", ["ข"])], "t1");
    book.workbook.addWorksheet("ผด.02").getCell("A1").value = "ของผู้ใช้";

    const removed = await book.removeOwnedSheets(["ผด.01 เก่า", "ผด.02", "ไม่มีชีตนี้", "ผด.01 เก่า"]);

    expect(removed).toEqual(["ผด.01 เก่า"]);
    expect((await book.listSheets()).map((s) => s.name)).toEqual(["ข้อมูล", "ผด.01", "ผด.02"]);
    expect(book.workbook.getWorksheet("ผด.02")!.getCell("A1").value).toBe("ของผู้ใช้");
  });

  it("replaces its own sheet in place, and refuses a user's sheet of that name without writing anything", async () => {
    const book = XlsxWorkbook.create();
    book.workbook.addWorksheet("ข้อมูล");
    await book.writeSheets([spec("ผด.01", ["เก่า"])], "t1");
    book.workbook.addWorksheet("ภายหลัง");
    await book.writeSheets([spec("ผด.01", ["ใหม่"])], "t2");
    const names = (await book.listSheets()).map((s) => s.name);
    expect(names).toEqual(["ข้อมูล", "ผด.01", "ภายหลัง"]);
    expect(book.workbook.getWorksheet("ผด.01")!.getCell("A1").value).toBe("ใหม่");
    expect((await book.listSheets())[1]?.owner).toEqual({ kind: "pd01", edition: "หลัก", generatedAt: "t2" });

    book.workbook.addWorksheet("ผด.02").getCell("A1").value = "ของผู้ใช้";
    await expect(book.writeSheets([spec("ผด.01", ["ใหม่กว่า"]), spec("ผด.02", ["x"])], "t3")).rejects.toThrow(
      SheetNameTakenError,
    );
    expect(book.workbook.getWorksheet("ผด.01")!.getCell("A1").value).toBe("ใหม่");
    expect(book.workbook.getWorksheet("ผด.02")!.getCell("A1").value).toBe("ของผู้ใช้");
  });
});
