import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Worksheet } from "exceljs";
import { XlsxWorkbook } from "../../src/adapters/xlsx/XlsxWorkbook";
import { editWithExceljs, samplePlanBytes } from "../fixtures/planWorkbook";
import {
  amendmentSheet,
  formSheet,
  operationalPlanSheet,
  unnumberedPagesSheet,
} from "../import/fixtures/devPlanSheets";
import type { SheetBuilder } from "../import/fixtures/sheetBuilder";
import { runCli } from "./runCli";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "action-plan-devplan-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Copies a hand-made sheet's values and merges into a sheet of another workbook, as staff paste it. */
function pasteInto(target: Worksheet, source: SheetBuilder): void {
  source.sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (!cell.isMerged || cell.master === cell) target.getCell(r, c).value = cell.value;
    });
  });
  for (const range of Object.keys((source.sheet as unknown as { _merges: Record<string, unknown> })._merges))
    target.mergeCells(
      (source.sheet as unknown as { _merges: Record<string, { range: string }> })._merges[range]!.range,
    );
}

/** The sample plan (FY 2570) with hand-made ผ.02 sheets pasted in. */
async function planWithSheets(name: string, sheets: readonly SheetBuilder[]): Promise<string> {
  const bytes = await editWithExceljs(await samplePlanBytes(), ({ workbook }) => {
    for (const sheet of sheets) pasteInto(workbook.addWorksheet(sheet.sheet.name), sheet);
  });
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function listRows(path: string): Promise<unknown[][]> {
  const workbook = await XlsxWorkbook.fromBuffer(new Uint8Array(readFileSync(path)));
  const [grid] = await workbook.readTables(["DevPlanProjects"]);
  return (grid?.rows ?? []).map((row) => [...row]);
}

describe("action-plan import-devplan", () => {
  it("imports the ผ.02 of the plan's workbook into DevPlanProjects with FY 2570's budgets, leaving the input as it was", async () => {
    const input = await planWithSheets("plan.xlsx", [formSheet()]);
    const before = readFileSync(input);
    const run = await runCli(["import-devplan", "plan.xlsx", "-o", "with-list.xlsx"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('นำเข้าจากชีต "ผ.02": 6 โครงการของแผนพัฒนาท้องถิ่น 2566–2570 พร้อมงบประมาณปี 2570');
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(await listRows(join(dir, "with-list.xlsx"))).toEqual([
      ["2566–2570", 45, 1, 1, "แผนงานอุตสาหกรรมและการโยธา", "ก่อสร้างถนน คสล. หมู่ที่ 3", 0],
      [
        "2566–2570",
        45,
        2,
        1,
        "แผนงานอุตสาหกรรมและการโยธา",
        "ก่อสร้างรางระบายน้ำ คสล. สายบ้านนายแดง หมู่ที่ 2",
        250000,
      ],
      ["2566–2570", 45, 3, 1, "แผนงานอุตสาหกรรมและการโยธา", "ขุดลอกคลองสาธารณะ หมู่ที่ 7", 0],
      ["2566–2570", 46, 1, 1, "แผนงานเคหะและชุมชน", "ติดตั้งไฟฟ้าส่องสว่างสาธารณะ ม.1-4", 0],
      ["2566–2570", 46, 2, 1, "แผนงานเคหะและชุมชน", "ปรับปรุงภูมิทัศน์หนองสระ", 80000],
      ["2566–2570", 47, 1, 2, "แผนงานการศึกษา", "อุดหนุนอาหารกลางวัน รร.บ้านหนองบัว", 480000],
    ]);
  });

  it("adds an amendment's list after the plan's, and never imports one plan book twice", async () => {
    const input = await planWithSheets("two-books.xlsx", [formSheet(), amendmentSheet()]);
    const first = await runCli(["import-devplan", "two-books.xlsx", "-o", "step1.xlsx", "--sheet", "ผ.02"], {
      cwd: dir,
    });
    expect(first.code).toBe(0);
    const second = await runCli(
      ["import-devplan", "step1.xlsx", "-o", "step2.xlsx", "--sheet", "ผ02 เพิ่มเติม", "--year", "2569"],
      { cwd: dir },
    );
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("คำเตือน\tผ02 เพิ่มเติม!H23");
    const rows = await listRows(join(dir, "step2.xlsx"));
    expect(rows).toHaveLength(11);
    expect(rows[6]).toEqual([
      "2566–2570 เพิ่มเติม 1/2568",
      12,
      1,
      1,
      "แผนงานอุตสาหกรรมและการโยธา",
      "ก่อสร้างถนนคอนกรีตเสริมเหล็ก ม.5 สายบ้านโคก",
      600000,
    ]);
    const again = await runCli(["import-devplan", "step2.xlsx", "-o", "step3.xlsx", "--sheet", "ผ.02"], {
      cwd: dir,
    });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("มีรายการของแผนพัฒนาท้องถิ่น 2566–2570อยู่แล้ว");
    expect(existsSync(join(dir, "step3.xlsx"))).toBe(false);
    expect(readFileSync(input).length).toBeGreaterThan(0);
  });

  it("finds the ผ.02 among the user's sheets when none is named", async () => {
    await planWithSheets("find.xlsx", [operationalPlanSheet(), formSheet()]);
    const run = await runCli(["import-devplan", "find.xlsx", "-o", "found.xlsx", "--lang", "en"], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Imported from sheet "ผ.02": 6 project(s) of development plan 2566–2570');
  });

  it("refuses an operational plan's ผด.02 at its header, writing nothing", async () => {
    await planWithSheets("pd02.xlsx", [operationalPlanSheet()]);
    const run = await runCli(["import-devplan", "pd02.xlsx", "-o", "no.xlsx", "--sheet", "ผด.02"], {
      cwd: dir,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("ข้อผิดพลาด\tผด.02!A2");
    expect(existsSync(join(dir, "no.xlsx"))).toBe(false);
  });

  it("needs the fiscal year of a workbook without settings, from --year, and counts pages from --first-page", async () => {
    const builder = formSheet();
    const path = join(dir, "alone.xlsx");
    await builder.workbook.xlsx.writeFile(path);
    const without = await runCli(["import-devplan", "alone.xlsx", "-o", "alone-out.xlsx"], { cwd: dir });
    expect(without.code).toBe(2);
    expect(without.stderr).toContain("--year 2570");
    const withYear = await runCli(
      ["import-devplan", "alone.xlsx", "-o", "alone-out.xlsx", "--year", "2568"],
      {
        cwd: dir,
      },
    );
    expect(withYear.code).toBe(0);
    expect((await listRows(join(dir, "alone-out.xlsx"))).map((r) => r[6])).toEqual([
      0, 0, 200000, 100000, 0, 480000,
    ]);
    await unnumberedPagesSheet().workbook.xlsx.writeFile(join(dir, "unnumbered.xlsx"));
    const counted = await runCli(
      ["import-devplan", "unnumbered.xlsx", "-o", "counted.xlsx", "--year", "2570", "--first-page", "31"],
      { cwd: dir },
    );
    expect(counted.code).toBe(0);
    expect(counted.stdout).toContain("เริ่มที่หน้า 31");
    expect((await listRows(join(dir, "counted.xlsx"))).map((r) => [r[1], r[2]])).toEqual([
      [31, 1],
      [31, 2],
      [32, 3],
      [33, 4],
    ]);
  });

  it.each([
    [["--year", "70"], "--year"],
    [["--first-page", "หนึ่ง"], "--first-page"],
    [["--sheet", "ไม่มี"], 'ไม่พบชีต "ไม่มี"'],
  ])("says which option is wrong: %j", async (options, said) => {
    await planWithSheets("options.xlsx", [formSheet()]);
    const run = await runCli(["import-devplan", "options.xlsx", "-o", "opt.xlsx", ...options], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(said);
  });

  it("never writes over its input", async () => {
    await planWithSheets("same.xlsx", [formSheet()]);
    const run = await runCli(["import-devplan", "same.xlsx", "-o", "./same.xlsx"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("ไฟล์ต้นฉบับ");
  });
});
