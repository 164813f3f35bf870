import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxWorkbook } from "../../src/adapters/xlsx/XlsxWorkbook";
import { importDevPlanSheet } from "../../src/domain/import/devplan/importDevPlanSheet";
import type { DevPlanImportResult } from "../../src/domain/import/devplan/DevPlanImportResult";
import {
  amendmentSheet,
  formSheet,
  operationalPlanSheet,
  pageColumnSheet,
  previousPlanSheet,
  unnumberedPagesSheet,
} from "./fixtures/devPlanSheets";
import { hasOpenpyxl, writeSheetWithOpenpyxl } from "../tools/openpyxl";

/** Entries as [page, item, strategy, work plan, name, budget in baht (null: none)], to compare at a glance. */
const rows = (result: DevPlanImportResult) =>
  result.entries.map((e) => [
    e.page,
    e.item,
    e.strategyNumber,
    e.workPlan,
    e.name,
    e.budget === null ? null : e.budget / 100,
  ]);
const issues = (result: DevPlanImportResult) =>
  result.issues.map((i) => `${i.severity} ${i.code} ${i.location?.cell ?? "-"}`);

describe("importDevPlanSheet on the 2566–2570 form as typed", () => {
  it("takes this fiscal year's column of the five, the pages from the footers, and skips context, totals and repeats", async () => {
    const result = importDevPlanSheet(await formSheet().read(), { fiscalYear: 2570 });
    expect(result.edition).toBe("2566–2570");
    expect(result.years).toEqual([2566, 2567, 2568, 2569, 2570]);
    expect(rows(result)).toEqual([
      [45, 1, 1, "แผนงานอุตสาหกรรมและการโยธา", "ก่อสร้างถนน คสล. หมู่ที่ 3", 0],
      [45, 2, 1, "แผนงานอุตสาหกรรมและการโยธา", "ก่อสร้างรางระบายน้ำ คสล. สายบ้านนายแดง หมู่ที่ 2", 250000],
      [45, 3, 1, "แผนงานอุตสาหกรรมและการโยธา", "ขุดลอกคลองสาธารณะ หมู่ที่ 7", 0],
      [46, 1, 1, "แผนงานเคหะและชุมชน", "ติดตั้งไฟฟ้าส่องสว่างสาธารณะ ม.1-4", 0],
      [46, 2, 1, "แผนงานเคหะและชุมชน", "ปรับปรุงภูมิทัศน์หนองสระ", 80000],
      [47, 1, 2, "แผนงานการศึกษา", "อุดหนุนอาหารกลางวัน รร.บ้านหนองบัว", 480000],
    ]);
    expect(result.issues).toEqual([]);
    expect(result.entries.every((e) => e.edition === "2566–2570")).toBe(true);
  });

  it("takes another year's column when the plan is for that year", async () => {
    const result = importDevPlanSheet(await formSheet().read(), { fiscalYear: 2569 });
    expect(rows(result).map((r) => r[5])).toEqual([500000, 250000, 0, 120000, 0, 480000]);
  });

  it("says which rows it skipped and why", async () => {
    const result = importDevPlanSheet(await formSheet().read(), { fiscalYear: 2570 });
    const reasons = new Set(result.skipped.map((s) => s.reason));
    expect(reasons).toEqual(new Set(["blank", "total", "page-number", "repeated-header", "context"]));
    expect(result.skipped.filter((s) => s.reason === "page-number").map((s) => s.cell)).toHaveLength(3);
  });
});

describe("importDevPlanSheet on an amendment book in Thai digits", () => {
  it("names the amendment, reads page numbers typed above the headers, merged cells once, and '(๓)'", async () => {
    const result = importDevPlanSheet(await amendmentSheet().read(), { fiscalYear: 2569 });
    expect(result.edition).toBe("2566–2570 เพิ่มเติม 1/2568");
    expect(rows(result)).toEqual([
      [12, 1, 1, "แผนงานอุตสาหกรรมและการโยธา", "ก่อสร้างถนนคอนกรีตเสริมเหล็ก ม.5 สายบ้านโคก", 600000],
      [12, 2, 1, "แผนงานอุตสาหกรรมและการโยธา", "ก่อสร้างศาลาประชาคม หมู่ที่ 6", 350000],
      [12, 3, 1, "แผนงานอุตสาหกรรมและการโยธา", "ซ่อมแซมถนนลูกรังเพื่อการเกษตร", 0],
      [13, 4, 1, "แผนงานอุตสาหกรรมและการโยธา", "ขยายเขตประปาหมู่บ้าน หมู่ที่ 2", 150000],
      [13, 1, 3, "แผนงานการเกษตร", "ส่งเสริมการปลูกผักปลอดสารพิษ", null],
    ]);
  });

  it("warns at an unreadable figure (left blank) and lists a project without its number (not imported)", async () => {
    const result = importDevPlanSheet(await amendmentSheet().read(), { fiscalYear: 2569 });
    expect(issues(result)).toEqual([
      "warning devplan-import-budget-unreadable H23",
      "warning devplan-import-no-item A14",
    ]);
    expect(result.skipped).toContainEqual({ cell: "A14", reason: "no-item" });
  });
});

describe("importDevPlanSheet on lists kept by hand", () => {
  it("reads a หน้า column per row, a strategy named in words, and a figure typed on the name's second row", async () => {
    const result = importDevPlanSheet(await pageColumnSheet().read(), { fiscalYear: 2570 });
    expect(result.edition).toBe("2566–2570");
    expect(rows(result)).toEqual([
      [88, 1, 2, "แผนงานสาธารณสุข", "รณรงค์ป้องกันโรคไข้เลือดออก", 30000],
      [88, 2, 2, "แผนงานสาธารณสุข", "อบรมให้ความรู้ อสม. ประจำตำบล", 45000],
      [90, 1, 2, "แผนงานสังคมสงเคราะห์", "สงเคราะห์ผู้ด้อยโอกาส", null],
    ]);
    expect(result.issues).toEqual([]);
  });

  it("counts pages from the header repeated at each page when none is typed, from the first page given, and says so", async () => {
    const cells = await unnumberedPagesSheet().read();
    const result = importDevPlanSheet(cells, { fiscalYear: 2570, firstPage: 31 });
    expect(rows(result).map((r) => [r[0], r[1], r[2], r[5]])).toEqual([
      [31, 1, 4, 0],
      [31, 2, 4, 20000],
      [32, 3, 4, 0],
      [33, 4, 4, 0],
    ]);
    expect(result.years).toEqual([2566, 2567, 2568, 2569, 2570]);
    expect(issues(result)).toEqual(["warning devplan-import-pages-counted A4"]);
    expect(result.issues[0]?.params).toEqual({ firstPage: 31, pages: 3 });
    expect(rows(importDevPlanSheet(cells, { fiscalYear: 2569 }))[0]?.[0]).toBe(1);
  });
});

describe("importDevPlanSheet refuses what is not a development plan of this year", () => {
  it.each([
    ["an operational plan's ผด.02", operationalPlanSheet, "error devplan-import-operational-plan A2"],
    ["a plan without this year", previousPlanSheet, "error devplan-import-year-not-covered A2"],
  ])("%s", async (_, sheet, expected) => {
    const result = importDevPlanSheet(await sheet().read(), { fiscalYear: 2570 });
    expect(result.entries).toEqual([]);
    expect(issues(result)).toEqual([expected]);
  });

  it("a sheet without the header", () => {
    const result = importDevPlanSheet(
      { name: "หมายเหตุ", values: [["บันทึก"], ["ข้อความ"]], merges: [], fills: [] },
      { fiscalYear: 2570 },
    );
    expect(issues(result)).toEqual(["error devplan-import-no-header A1"]);
  });
});

describe("importDevPlanSheet on a ผ.02 saved by openpyxl", () => {
  const describeIf = hasOpenpyxl() ? it : it.skip;
  describeIf("reads years and page numbers typed as numbers, floats as amounts, merged labels", async () => {
    const dir = mkdtempSync(join(tmpdir(), "devplan-openpyxl-"));
    try {
      const path = join(dir, "ผ02.xlsx");
      writeSheetWithOpenpyxl(
        path,
        "แผนพัฒนา ผ02",
        {
          A1: "แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ – ๒๕๗๐) เปลี่ยนแปลง ครั้งที่ 2/2569",
          A2: "2. ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิต",
          A3: "2.3 แผนงานสาธารณสุข",
          A4: "ที่",
          B4: "โครงการ",
          C4: "วัตถุประสงค์",
          D4: "งบประมาณ",
          D5: 2566,
          E5: 2567,
          F5: 2568,
          G5: 2569,
          H5: 2570,
          I4: "หน่วยงานรับผิดชอบหลัก",
          A6: 1,
          B6: "จัดซื้อเครื่องพ่นหมอกควัน",
          C6: "ควบคุมโรค",
          G6: 45000.0,
          H6: 0.0,
          A7: 2.0,
          B7: "ตรวจคัดกรองสุขภาพผู้สูงอายุ",
          G7: "12,500.50",
          H7: 12500.5,
          E9: 23,
        },
        ["A4:A5", "B4:B5", "C4:C5", "D4:H4", "I4:I5"],
      );
      const workbook = await XlsxWorkbook.fromBuffer(new Uint8Array(readFileSync(path)));
      const result = importDevPlanSheet(await workbook.readSheetCells("แผนพัฒนา ผ02"), { fiscalYear: 2570 });
      expect(result.edition).toBe("2566–2570 เปลี่ยนแปลง 2/2569");
      expect(rows(result)).toEqual([
        [23, 1, 2, "แผนงานสาธารณสุข", "จัดซื้อเครื่องพ่นหมอกควัน", 0],
        [23, 2, 2, "แผนงานสาธารณสุข", "ตรวจคัดกรองสุขภาพผู้สูงอายุ", 12500.5],
      ]);
      expect(result.issues).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
