import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook, type Worksheet } from "exceljs";
import { runCli } from "./runCli";

/**
 * A workbook written by someone else, from the template's published table and header names alone: plain exceljs tables at odd
 * positions, an extra column to the right, money typed as text, ✓ and x marks, Thai-digit budgets.
 * Nothing from src/ builds it, so `build` and `summary` are checked against the contract, not ourselves.
 */
interface SampleProject {
  no: number;
  strategy: number;
  workPlan: string;
  name: string;
  activityDetail: string;
  budget: number;
  location: string;
  responsibleUnit: string;
  fundingSource: string;
  budgetType?: string;
  expenditureCategory?: string;
  edition: string;
  months: string[];
}
interface SampleEquipment {
  workPlan: string;
  equipmentType: string;
  item: string;
  detail: string;
  budget: number;
  location: string;
  responsibleUnit: string;
  fundingSource: string;
  edition: string;
  months: string[];
}
const sample = JSON.parse(
  readFileSync(join(__dirname, "../../src/sample/sample-plan-2570.json"), "utf8"),
) as {
  organisation: Record<string, string>;
  fiscalYear: number;
  fundingSources: Record<string, string>;
  monthsInFiscalOrder: string[];
  strategies: { number: number; name: string }[];
  projects: SampleProject[];
  equipment: SampleEquipment[];
};
const MONTHS = sample.monthsInFiscalOrder;
const THAI = "๐๑๒๓๔๕๖๗๘๙";
const thaiDigits = (text: string): string => text.replace(/\d/gu, (d) => THAI[Number(d)]!);

function addTable(sheet: Worksheet, name: string, ref: string, headers: string[], rows: unknown[][]): void {
  sheet.addTable({
    name,
    ref,
    headerRow: true,
    columns: headers.map((h) => ({ name: h })),
    rows: rows.length > 0 ? rows : [headers.map(() => null)],
  });
}

async function writeForeignWorkbook(path: string): Promise<void> {
  const book = new Workbook();
  book.addWorksheet("หน้าปก").getCell("A1").value = "แผนการดำเนินงาน (สมุดงานของ อบต.)";
  const org = sample.organisation;
  addTable(
    book.addWorksheet("ตั้งค่า"),
    "PlanSettings",
    "B3",
    ["หัวข้อ", "ค่า"],
    [
      ["ชื่อองค์กรปกครองส่วนท้องถิ่น", org["name"]],
      ["ประเภทองค์กร", org["type"]],
      ["อำเภอ", org["amphoe"]],
      ["จังหวัด", org["changwat"]],
      ["ปีงบประมาณ (พ.ศ.)", thaiDigits(String(sample.fiscalYear))],
      ["ชื่อผู้บริหารท้องถิ่น", org["executiveName"]],
      ["ตำแหน่งผู้บริหารท้องถิ่น", org["executivePosition"]],
    ],
  );
  addTable(
    book.addWorksheet("ยุทธศาสตร์"),
    "Strategies",
    "A1",
    ["ลำดับ", "ยุทธศาสตร์"],
    sample.strategies.map((s) => [s.number, s.name]),
  );
  const mark = (months: string[], i: number) =>
    MONTHS.map((m) => (months.includes(m) ? (i % 2 ? "x" : "✓") : null));
  addTable(
    book.addWorksheet("โครงการ"),
    "Projects",
    "A2",
    [
      "ที่",
      "ยุทธศาสตร์",
      "แผนงาน",
      "โครงการ",
      "รายละเอียดของกิจกรรมที่เกิดขึ้นจากโครงการ",
      "งบประมาณ (บาท)",
      "แหล่งงบประมาณ",
      "สถานที่ดำเนินการ",
      "หน่วยงานรับผิดชอบหลัก",
      ...MONTHS,
      "ฉบับ",
      "งบ",
      "หมวด",
      "หมายเหตุ",
      "ผู้บันทึก",
    ],
    sample.projects.map((p, i) => [
      p.no,
      p.strategy,
      p.workPlan,
      p.name,
      p.activityDetail,
      // Budgets the way staff type them: some numbers, some text with commas and .00, some in Thai digits.
      i % 3 === 0
        ? p.budget
        : i % 3 === 1
          ? `${p.budget.toLocaleString("en-US")}.00`
          : thaiDigits(String(p.budget)),
      sample.fundingSources[p.fundingSource],
      p.location,
      p.responsibleUnit,
      ...mark(p.months, i),
      p.edition === "หลัก" ? null : p.edition,
      p.budgetType ?? null,
      p.expenditureCategory ?? null,
      null,
      "นางสาวบันทึก",
    ]),
  );
  addTable(
    book.addWorksheet("ครุภัณฑ์"),
    "Equipment",
    "A1",
    [
      "ที่",
      "แผนงาน",
      "ประเภทครุภัณฑ์",
      "ครุภัณฑ์",
      "รายละเอียดของครุภัณฑ์",
      "งบประมาณ (บาท)",
      "แหล่งงบประมาณ",
      "สถานที่ดำเนินการ",
      "หน่วยงานรับผิดชอบหลัก",
      ...MONTHS,
      "ฉบับ",
      "หมายเหตุ",
    ],
    sample.equipment.map((e, i) => [
      i + 1,
      e.workPlan,
      e.equipmentType,
      e.item,
      e.detail,
      e.budget,
      sample.fundingSources[e.fundingSource],
      e.location,
      e.responsibleUnit,
      ...mark(e.months, 0),
      null,
      null,
    ]),
  );
  await book.xlsx.writeFile(path);
}

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "action-plan-foreign-"));
  await writeForeignWorkbook(join(dir, "foreign.xlsx"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a workbook made by someone else from the contract alone", () => {
  it("validates with no error", async () => {
    const run = await runCli(["validate", "foreign.xlsx", "--json"], { cwd: dir });
    const issues = JSON.parse(run.stdout) as { severity: string; code: string; cell: string }[];
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(run.code).toBe(0);
  });

  it("summarises to the sums of its own rows, overall and for the main edition", async () => {
    const all = JSON.parse((await runCli(["summary", "foreign.xlsx", "--json"], { cwd: dir })).stdout);
    const sum = (rows: SampleProject[]) => rows.reduce((total, p) => total + p.budget, 0);
    expect(all.total).toEqual({ projects: sample.projects.length, budget: sum(sample.projects) });
    expect(all.equipment).toEqual({
      items: sample.equipment.length,
      budget: sample.equipment.reduce((t, e) => t + e.budget, 0),
    });
    const mainRows = sample.projects.filter((p) => p.edition === "หลัก");
    const main = JSON.parse(
      (await runCli(["summary", "foreign.xlsx", "--json", "--edition", "หลัก"], { cwd: dir })).stdout,
    );
    expect(main.total).toEqual({ projects: mainRows.length, budget: sum(mainRows) });
  });

  it("builds the four official sheets with their print setup and a รวมทั้งสิ้น equal to its rows", async () => {
    const run = await runCli(["build", "foreign.xlsx", "-o", "built.xlsx"], { cwd: dir });
    expect(run.code).toBe(0);
    const built = new Workbook();
    await built.xlsx.readFile(join(dir, "built.xlsx"));
    for (const name of ["ผด.01", "ผด.02", "ผด.02-1", "ประกาศ"]) {
      const setup = built.getWorksheet(name)?.pageSetup;
      expect(setup?.paperSize).toBe(9);
      expect(setup?.orientation).toBe(name === "ประกาศ" ? "portrait" : "landscape");
      expect(setup?.fitToWidth).toBe(1);
    }
    const pd01 = built.getWorksheet("ผด.01")!;
    let total: unknown[] | undefined;
    pd01.eachRow((row) => {
      const values = row.values as unknown[];
      if (values.some((v) => v === "รวมทั้งสิ้น")) total = values;
    });
    const mainRows = sample.projects.filter((p) => p.edition === "หลัก");
    expect(total).toContain(mainRows.length);
    expect(total).toContain(mainRows.reduce((t, p) => t + p.budget, 0));
    // The user's own sheets are still there, untouched.
    expect(built.getWorksheet("หน้าปก")!.getCell("A1").value).toBe("แผนการดำเนินงาน (สมุดงานของ อบต.)");
  });
});
