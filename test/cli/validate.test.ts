import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { IssueJson } from "../../src/cli/main";
import { XlsxWorkbook } from "../../src/adapters/xlsx/XlsxWorkbook";
import { type WorkbookEdit, writeSamplePlan } from "../fixtures/planWorkbook";
import { runCli } from "./runCli";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "action-plan-validate-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function validateJson(name: string, plant?: (workbook: WorkbookEdit) => void) {
  await writeSamplePlan(join(dir, name), plant);
  const run = await runCli(["validate", name, "--json"], { cwd: dir });
  return { ...run, issues: JSON.parse(run.stdout) as IssueJson[] };
}

// Sample layout: โครงการ row 2 = project 1 … row 25 = project 24; ครุภัณฑ์ row 2 = E1; ตั้งค่า B6 = fiscal year.
describe("validate --json on the sample plan with one planted mistake (the negative variants of the sample)", () => {
  it("reports nothing on the sample plan as filled from the template and exits 0", async () => {
    const { code, issues } = await validateJson("sample.xlsx");
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(code).toBe(0);
  });

  it.each([
    ["misspelt แผนงาน", "โครงการ", "C22", "แผนงานการพานิชย์", "work-plan-alias", "warning"],
    ["invalid งบ–หมวด pair (งบลงทุน / ค่าใช้สอย)", "โครงการ", "X2", "ค่าใช้สอย", "invalid-budget-pair", "error"],
    [
      "budget 0 from the budget ordinance",
      "โครงการ",
      "F23",
      0,
      "zero-budget-with-budgeted-source",
      "warning",
    ],
    [
      "budget typed as - (zero) from the budget ordinance",
      "โครงการ",
      "F23",
      "-",
      "zero-budget-with-budgeted-source",
      "warning",
    ],
    [
      "equipment type alias ครุภัณฑ์คอมพิวเตอร์",
      "ครุภัณฑ์",
      "C3",
      "ครุภัณฑ์คอมพิวเตอร์",
      "equipment-type-alias",
      "warning",
    ],
    ["responsible-unit alias กองสาธารณสุขฯ", "โครงการ", "I12", "กองสาธารณสุขฯ", "unit-alias", "warning"],
    ["implausible fiscal year", "ตั้งค่า", "B6", 2068, "implausible-fiscal-year", "error"],
  ] as const)("%s → %s!%s", async (_label, sheet, cell, value, code, severity) => {
    const result = await validateJson(`${code}-${cell}.xlsx`, (workbook) =>
      workbook.setCell(sheet, cell, value),
    );
    expect(result.issues).toContainEqual(expect.objectContaining({ code, severity, sheet, cell }));
    expect(result.code).toBe(severity === "error" ? 1 : 0);
  });

  it("reports a project with no month marked at its ต.ค. cell as an error", async () => {
    const result = await validateJson("no-months.xlsx", (workbook) => {
      for (const column of "JKLMNOPQRSTU") workbook.setCell("โครงการ", `${column}4`, null);
    });
    expect(result.issues).toContainEqual(
      expect.objectContaining({ code: "no-month-marked", severity: "error", sheet: "โครงการ", cell: "J4" }),
    );
    expect(result.code).toBe(1);
  });

  it("reports a spreadsheet error value (#REF!) in a budget cell", async () => {
    const result = await validateJson("ref-error.xlsx", (workbook) => {
      workbook.workbook.getWorksheet("โครงการ")!.getCell("F10").value = { error: "#REF!" };
    });
    expect(result.issues).toContainEqual(
      expect.objectContaining({ code: "cell-error", severity: "error", cell: "F10" }),
    );
  });

  it("gives every issue a Thai message, or English with --lang en", async () => {
    await writeSamplePlan(join(dir, "alias.xlsx"), (w) => w.setCell("โครงการ", "C22", "แผนงานการพานิชย์"));
    const th = JSON.parse(
      (await runCli(["validate", "alias.xlsx", "--json"], { cwd: dir })).stdout,
    ) as IssueJson[];
    const en = JSON.parse(
      (await runCli(["validate", "alias.xlsx", "--json", "--lang", "en"], { cwd: dir })).stdout,
    ) as IssueJson[];
    expect(th[0]?.message).toMatch(/[\u0E00-\u0E7F]/u);
    expect(en[0]?.message).toMatch(/work plan/iu);
  });
});

describe("a correct but tricky workbook", () => {
  it("has no error: Thai digits, spaces and commas in money, other month marks, a Thai-digit edition, formula-like text", async () => {
    const result = await validateJson("tricky.xlsx", (workbook) => {
      workbook.setCell("โครงการ", "F2", "๓๗๘,๐๐๐.๐๐");
      workbook.setCell("โครงการ", "F3", " 264,000 ");
      workbook.setCell("โครงการ", "F4", "200000.00");
      workbook.setCell("โครงการ", "M2", "x");
      workbook.setCell("โครงการ", "N2", "/");
      workbook.setCell("โครงการ", "O2", 1);
      workbook.setCell("โครงการ", "V5", "เพิ่มเติม ฉบับที่ ๑/๒๕๗๐");
      workbook.setCell("โครงการ", "E2", "=ผิวจราจรกว้าง 4.00 ม.");
      workbook.setCell("โครงการ", "Y3", "+ค่าแรง -ค่าของ @หมู่ 1");
    });
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(result.code).toBe(0);
  });
});

describe("bad input gets one clear line and exit code 2, never a stack trace", () => {
  const oneLine = (text: string) => {
    expect(text.trim().split("\n")).toHaveLength(1);
    expect(text).not.toMatch(/\bat .*\(.*:\d+:\d+\)/u);
  };

  it("missing file", async () => {
    const run = await runCli(["validate", "nope.xlsx"], { cwd: dir });
    expect(run.code).toBe(2);
    oneLine(run.stderr);
    expect(run.stderr).toContain("ไม่พบไฟล์");
  });

  it("a file that is not a workbook", async () => {
    writeFileSync(join(dir, "notes.xlsx"), "just text");
    const run = await runCli(["validate", "notes.xlsx", "--lang", "en"], { cwd: dir });
    expect(run.code).toBe(2);
    oneLine(run.stderr);
    expect(run.stderr).toContain("not an Excel workbook");
  });

  it("a workbook without the template tables", async () => {
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet("Sheet1").getCell("A1").value = "hello";
    await plain.xlsx.writeFile(join(dir, "plain.xlsx"));
    const run = await runCli(["validate", "plain.xlsx"], { cwd: dir });
    expect(run.code).toBe(2);
    oneLine(run.stderr);
  });

  it("a renamed header", async () => {
    await writeSamplePlan(join(dir, "renamed.xlsx"), (w) => w.setCell("โครงการ", "F1", "งบ (บาท)"));
    const run = await runCli(["validate", "renamed.xlsx", "--lang", "en"], { cwd: dir });
    expect(run.code).toBe(2);
    oneLine(run.stderr);
    expect(run.stderr).toContain("งบประมาณ (บาท)");
  });

  it("an unknown command, an unknown option, or no command", async () => {
    for (const argv of [["frobnicate"], ["validate", "x.xlsx", "--bogus"], []]) {
      const run = await runCli(argv, { cwd: dir, env: { LANG: "en_US.UTF-8" } });
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split("\n").at(-1)).toMatch(/see action-plan --help/u);
    }
  });

  it("--help prints the usage and exits 0", async () => {
    const run = await runCli(["--help"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("action-plan");
    expect(run.stdout).toContain("validate IN.xlsx");
  });
});

describe("validate reports edition deadlines against the CLI's clock (today 27 Nov 2026)", () => {
  it("warns at the Editions cell when the main edition was announced more than 30 days after its trigger", async () => {
    // Trigger 15 Sep 2026 (the sample), announced 20 Nov 2026: due 15 Oct, 36 days late.
    const result = await validateJson("late-announcement.xlsx", (w) => w.setCell("ฉบับ", "G2", "20/11/2569"));
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        code: "edition-announcement-late",
        severity: "warning",
        sheet: "ฉบับ",
        cell: "G2",
      }),
    );
    expect(result.code).toBe(0);
    const text = await runCli(["validate", "late-announcement.xlsx"], { cwd: dir });
    expect(text.stdout).toMatch(/คำเตือน\tฉบับ!G2\t.*36/u);
  });

  it("shows no deadline warning on the sample plan, whose recorded dates are all on time", async () => {
    const { issues, code } = await validateJson("sample-deadlines.xlsx");
    expect(issues.filter((i) => i.code.startsWith("edition-"))).toEqual([]);
    expect(code).toBe(0);
  });

  it("reports a recorded posting that is too short, but not posting dates left blank", async () => {
    const result = await validateJson("short-posting.xlsx", (w) => {
      w.setCell("ฉบับ", "H2", "15/10/2569");
      w.setCell("ฉบับ", "I2", "1/11/2569");
    });
    expect(result.issues.filter((i) => i.code.startsWith("edition-"))).toEqual([
      expect.objectContaining({ code: "edition-posting-too-short", sheet: "ฉบับ", cell: "I2" }),
    ]);
  });
});

describe("validate warns when the generated tables are stale", () => {
  it("is silent right after a build and warns, outside the issue list, once a project changes", async () => {
    await writeSamplePlan(join(dir, "to-build.xlsx"));
    expect((await runCli(["build", "to-build.xlsx", "-o", "built.xlsx"], { cwd: dir })).code).toBe(0);
    const fresh = await runCli(["validate", "built.xlsx", "--json"], { cwd: dir });
    expect(fresh.stderr).toBe("");

    // The user changes a budget in the built workbook (as Excel would save it: only that cell).
    const built = await XlsxWorkbook.fromBuffer(readFileSync(join(dir, "built.xlsx")));
    await built.writeTableCells("Projects", [{ row: 0, column: 5, value: 999000 }]);
    writeFileSync(join(dir, "edited.xlsx"), await built.toBuffer());
    const stale = await runCli(["validate", "edited.xlsx", "--json"], { cwd: dir });
    expect(stale.stderr).toMatch(/^คำเตือน: ตารางที่สร้างไว้ไม่ตรงกับข้อมูลปัจจุบัน \(.*ผด\.02.*\)/u);
    expect(stale.code).toBe(0);
    // The JSON on stdout is the issue list alone.
    expect((JSON.parse(stale.stdout) as IssueJson[]).some((i) => /stale|ตาราง/u.test(i.code))).toBe(false);
  });
});
