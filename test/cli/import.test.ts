import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFile } from "node:fs/promises";
import { XlsxWorkbook } from "../../src/adapters/xlsx/XlsxWorkbook";
import type { IssueJson } from "../../src/cli/main";
import { importPd02Sheet } from "../../src/domain/import/importPd02Sheet";
import type { SummaryJson } from "../../src/domain/rollup/SummaryJson";
import { oldWordingPagedSheet, procurementSheet, twoRowHeaderSheet } from "../import/fixtures/messySheets";
import type { SheetBuilder } from "../import/fixtures/sheetBuilder";
import { runCli } from "./runCli";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "action-plan-import-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A user's workbook: a cover sheet first, then the hand-made sheet. */
async function writeHandMade(name: string, builder: SheetBuilder): Promise<string> {
  const cover = builder.workbook.addWorksheet("ปก");
  cover.getCell("A1").value = "แผนการดำเนินงาน";
  // The cover goes first, so finding the ผด.02 sheet is really a search.
  (cover as unknown as { orderNo: number }).orderNo = -1;
  const path = join(dir, name);
  await builder.workbook.xlsx.writeFile(path);
  return path;
}

interface Tally {
  projects: number;
  budget: number;
}

/** The sheet's own projects per strategy number, counted independently of the template and the roll-up. */
async function sheetTally(
  path: string,
  sheet: string,
): Promise<{ total: Tally; byStrategy: Record<string, Tally> }> {
  const workbook = await XlsxWorkbook.fromBuffer(await readFile(path));
  const cells = await workbook.readSheetCells(sheet);
  const { projects } = importPd02Sheet(cells);
  const total = { projects: 0, budget: 0 };
  const byStrategy: Record<string, Tally> = {};
  for (const p of projects) {
    total.projects += 1;
    total.budget += p.budget / 100;
    const s = (byStrategy[String(p.strategyNumber)] ??= { projects: 0, budget: 0 });
    s.projects += 1;
    s.budget += p.budget / 100;
  }
  return { total, byStrategy };
}

describe("action-plan import", () => {
  it("fills the template from a messy two-row-header ผด.02 so summary equals the sheet's own projects", async () => {
    const input = await writeHandMade("messy.xlsx", twoRowHeaderSheet());
    const before = readFileSync(input);
    const run = await runCli(["import", "messy.xlsx", "-o", "out/imported.xlsx"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('นำเข้าจากชีต "ผด.02": โครงการ 5 รายการ ยุทธศาสตร์ 2 รายการ');
    // The wrong subtotal in D20 is reported as a warning with its cell, and the total rows as skipped.
    expect(run.stdout).toMatch(/คำเตือน\tผด\.02!D20\t/u);
    expect(run.stdout).toContain("ข้ามแถว (ยอดรวม): A12, A20, A21");
    expect(run.stdout).toContain("ชื่อองค์กรปกครองส่วนท้องถิ่น");
    // The input file is not touched.
    expect(readFileSync(input).equals(before)).toBe(true);

    const summary = await runCli(["summary", "out/imported.xlsx", "--json"], { cwd: dir });
    expect(summary.stderr).toBe("");
    expect(summary.code).toBe(0);
    const json = JSON.parse(summary.stdout) as SummaryJson;
    const tally = await sheetTally(input, "ผด.02");
    expect(json.fiscalYear).toBe(2570);
    expect(json.total).toEqual(tally.total);
    expect(
      Object.fromEntries(
        json.strategies.map((s) => [String(s.number), { projects: s.projects, budget: s.budget }]),
      ),
    ).toEqual(tally.byStrategy);
    expect(json.total).toEqual({ projects: 5, budget: 1822567.5 });
  });

  it("keeps the source sheet unchanged in the output and validates it without errors about structure", async () => {
    const input = await writeHandMade("messy2.xlsx", twoRowHeaderSheet());
    expect((await runCli(["import", "messy2.xlsx", "-o", "messy2-out.xlsx"], { cwd: dir })).code).toBe(0);
    const read = async (path: string) => {
      const workbook = await XlsxWorkbook.fromBuffer(await readFile(path));
      return workbook.readSheetCells("ผด.02");
    };
    expect(await read(join(dir, "messy2-out.xlsx"))).toEqual(await read(input));

    const validate = await runCli(["validate", "messy2-out.xlsx", "--json"], { cwd: dir });
    const issues = JSON.parse(validate.stdout) as IssueJson[];
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(validate.code).toBe(0);
    expect(issues.filter((i) => i.code.startsWith("structure"))).toEqual([]);
    // The organisation came from the title line, so no warning about a blank organisation name.
    expect(issues.filter((i) => i.message.includes("ชื่อองค์กรปกครองส่วนท้องถิ่น"))).toEqual([]);
  });

  it("imports a named sheet with --sheet (old wording, paged, amendment)", async () => {
    await writeHandMade("old.xlsx", oldWordingPagedSheet());
    const run = await runCli(
      ["import", "old.xlsx", "-o", "old-out.xlsx", "--sheet", "แผนเดิม", "--lang", "en"],
      {
        cwd: dir,
      },
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Imported from sheet "แผนเดิม": 4 project(s)');
    const summary = await runCli(["summary", "old-out.xlsx", "--json"], { cwd: dir });
    const json = JSON.parse(summary.stdout) as SummaryJson;
    expect(json.total).toEqual((await sheetTally(join(dir, "old.xlsx"), "แผนเดิม")).total);
  });

  it("refuses a procurement plan: writes nothing and exits 1 with the reason", async () => {
    await writeHandMade("procurement.xlsx", procurementSheet());
    const run = await runCli(["import", "procurement.xlsx", "-o", "never.xlsx", "--sheet", "ผด.2"], {
      cwd: dir,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("ผด.2!");
    expect(run.stderr).toContain('นำเข้าชีต "ผด.2" ไม่ได้');
    expect(() => readFileSync(join(dir, "never.xlsx"))).toThrow();
  });

  it("says in one line when no sheet looks like a ผด.02, the sheet does not exist, or -o is missing (exit 2)", async () => {
    await writeHandMade("procurement2.xlsx", procurementSheet());
    const none = await runCli(["import", "procurement2.xlsx", "-o", "x.xlsx"], { cwd: dir });
    expect(none).toEqual({ code: 2, stdout: "", stderr: "ไม่พบชีตที่เป็นแบบ ผด.02 ให้ระบุชื่อชีตด้วย --sheet" });
    const missing = await runCli(["import", "procurement2.xlsx", "-o", "x.xlsx", "--sheet", "ไม่มี"], {
      cwd: dir,
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr.split("\n")).toHaveLength(1);
    expect(missing.stderr).toContain('"ไม่มี"');
    const noOut = await runCli(["import", "procurement2.xlsx"], { cwd: dir });
    expect(noOut.code).toBe(2);
    expect((await runCli(["import", "absent.xlsx", "-o", "x.xlsx"], { cwd: dir })).code).toBe(2);
  });

  it("refuses to import into a workbook whose Projects table already has rows", async () => {
    await writeHandMade("twice.xlsx", twoRowHeaderSheet());
    expect((await runCli(["import", "twice.xlsx", "-o", "once.xlsx"], { cwd: dir })).code).toBe(0);
    const again = await runCli(["import", "once.xlsx", "-o", "again.xlsx", "--sheet", "ผด.02"], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("Projects");
    expect(() => readFileSync(join(dir, "again.xlsx"))).toThrow();
  });

  it("lists the command in --help", async () => {
    const help = await runCli(["--help", "--lang", "en"], { cwd: dir });
    expect(help.stdout).toContain("import IN.xlsx -o OUT.xlsx [--sheet NAME]");
  });
});
