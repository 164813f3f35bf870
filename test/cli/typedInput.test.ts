import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { IssueJson } from "../../src/cli/main";
import { columnLetter } from "../../src/domain/grid/a1";
import { PROJECTS_TABLE } from "../../src/domain/template/templateSpec";
import { sampleTemplateRows, type SampleCell } from "../../src/sample/samplePlan";
import {
  editWithExceljs,
  samplePlanBytes,
  writeSamplePlan,
  type WorkbookEdit,
} from "../fixtures/planWorkbook";
import { editWithOpenpyxl, hasOpenpyxl, type OpenpyxlEdit } from "../tools/openpyxl";
import { runCli } from "./runCli";

/**
 * Workbooks as other programs and real typing leave them (issue #13), through the command line:
 * rows typed below a table, merged cells, text copied from PDFs, formulas without results, amounts
 * and years mistyped. Files are changed by openpyxl (Debian's, a real program) and by exceljs.
 */
const describeWithOpenpyxl = hasOpenpyxl() ? describe : describe.skip;
if (!hasOpenpyxl() && process.env["CI"]) throw new Error("these tests need python3-openpyxl in CI");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "action-plan-typed-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADERS = PROJECTS_TABLE.columns.map((c) => c.header);
const column = (header: string): string => columnLetter(HEADERS.indexOf(header));

/** Project rows in template order: the sample's first project, renamed and re-budgeted, `count` times. */
function projectRows(count: number, budget: number, from = 1): SampleCell[][] {
  const [model = []] = sampleTemplateRows()[PROJECTS_TABLE.table] ?? [];
  return Array.from({ length: count }, (_, i) =>
    HEADERS.map((header, c) => {
      if (header === "ที่") return from + i;
      if (header === "โครงการ") return `โครงการทดสอบที่ ${from + i}`;
      if (header === "งบประมาณ (บาท)") return budget;
      if (header === "ฉบับ") return "หลัก";
      return model[c] ?? null;
    }),
  );
}

/** openpyxl edits that type `rows` under the Projects table from sheet row `firstRow` (1-based), not resizing it. */
function typedBelow(rows: readonly (readonly SampleCell[])[], firstRow: number): OpenpyxlEdit[] {
  return rows.flatMap((row, r) =>
    row.flatMap((value, c) =>
      value === null ? [] : [{ set: { sheet: "โครงการ", cell: `${columnLetter(c)}${firstRow + r}`, value } }],
    ),
  );
}

async function cli(file: string, command: "validate" | "summary") {
  const run = await runCli([command, file, "--json"], { cwd: dir });
  return { ...run, json: JSON.parse(run.stdout) as unknown };
}

const issuesOf = async (file: string) => {
  const run = await cli(file, "validate");
  return { code: run.code, issues: run.json as IssueJson[] };
};
const totalOf = async (file: string) => {
  const run = await cli(file, "summary");
  expect(run.code).toBe(0);
  return (run.json as { total: { projects: number; budget: number } }).total;
};

/** A plan of 50 projects of 10,000 baht in the Projects table (A1:Y51). */
async function fiftyProjects(name: string): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await samplePlanBytes({ [PROJECTS_TABLE.table]: projectRows(50, 10_000) }));
  return path;
}

describeWithOpenpyxl(
  "rows typed below the Projects table (openpyxl appends them; the table does not grow)",
  () => {
    it("counts 60 projects when 50 are in the table and 10 typed below it, and says so once", async () => {
      const source = await fiftyProjects("fifty.xlsx");
      editWithOpenpyxl(source, join(dir, "sixty.xlsx"), typedBelow(projectRows(10, 1_000, 51), 52));
      expect(await totalOf("sixty.xlsx")).toEqual({ projects: 60, budget: 50 * 10_000 + 10 * 1_000 });
      const { code, issues } = await issuesOf("sixty.xlsx");
      expect(issues).toEqual([
        expect.objectContaining({
          code: "rows-below-table",
          severity: "warning",
          sheet: "โครงการ",
          cell: "A52",
        }),
      ]);
      expect(issues[0]?.message).toContain("10 แถว");
      expect(code).toBe(0);
    });

    it("says at their cells which rows further down, after a blank row, are not counted", async () => {
      const source = await fiftyProjects("fifty-gap.xlsx");
      editWithOpenpyxl(source, join(dir, "gap.xlsx"), [
        ...typedBelow(projectRows(2, 1_000, 51), 52),
        ...typedBelow(projectRows(1, 1_000, 53), 55),
      ]);
      expect(await totalOf("gap.xlsx")).toEqual({ projects: 52, budget: 50 * 10_000 + 2 * 1_000 });
      const { issues } = await issuesOf("gap.xlsx");
      expect(issues.map((i) => `${i.code} ${i.cell}`)).toEqual([
        "rows-below-table A52",
        "row-below-not-read A55",
      ]);
    });

    it("points the issues of a row typed below at its real cells", async () => {
      const source = await fiftyProjects("fifty-bad.xlsx");
      const [row = []] = projectRows(1, 1_000, 51);
      row[HEADERS.indexOf("แผนงาน")] = "แผนงานท่องเที่ยว";
      editWithOpenpyxl(source, join(dir, "bad-below.xlsx"), typedBelow([row], 52));
      const { code, issues } = await issuesOf("bad-below.xlsx");
      expect(issues.map((i) => `${i.severity} ${i.code} ${i.cell}`)).toEqual([
        "warning rows-below-table A52",
        `error unknown-work-plan ${column("แผนงาน")}52`,
      ]);
      expect(code).toBe(1);
    });
  },
);

describe("rows typed below the Projects table (exceljs sets the cells; the table does not grow)", () => {
  it("counts them and validates them like table rows", async () => {
    const bytes = await editWithExceljs(
      await samplePlanBytes({ [PROJECTS_TABLE.table]: projectRows(50, 10_000) }),
      (edit) => {
        projectRows(10, 1_000, 51).forEach((row, r) =>
          row.forEach(
            (value, c) => value !== null && edit.setCell("โครงการ", `${columnLetter(c)}${52 + r}`, value),
          ),
        );
      },
    );
    writeFileSync(join(dir, "sixty-exceljs.xlsx"), bytes);
    expect(await totalOf("sixty-exceljs.xlsx")).toEqual({ projects: 60, budget: 510_000 });
    expect((await issuesOf("sixty-exceljs.xlsx")).issues.map((i) => `${i.code} ${i.cell}`)).toEqual([
      "rows-below-table A52",
    ]);
  });
});

describeWithOpenpyxl("merged cells in the data rows (openpyxl keeps the hidden cell's value)", () => {
  it("is an error at the merged area, and the budget counts once", async () => {
    const source = await fiftyProjects("fifty-merge.xlsx");
    const budget = column("งบประมาณ (บาท)");
    editWithOpenpyxl(source, join(dir, "merged.xlsx"), [
      { merge: { sheet: "โครงการ", range: `${budget}3:${budget}4` } },
    ]);
    const { code, issues } = await issuesOf("merged.xlsx");
    expect(issues.map((i) => `${i.severity} ${i.code} ${i.cell}`)).toEqual([
      `error merged-cells ${budget}3`,
      `error missing-value ${budget}4`,
    ]);
    expect(code).toBe(1);
    expect(await totalOf("merged.xlsx")).toEqual({ projects: 49, budget: 49 * 10_000 });
  });
});

describeWithOpenpyxl("text copied from PDFs and the web (openpyxl writes it)", () => {
  it("accepts ํา for ำ and zero-width characters in funding sources, งบ and ฉบับ, with no warning", async () => {
    const source = await writeSamplePlan(join(dir, "sample.xlsx"));
    const fromPdf = (text: SampleCell): string => String(text).replace(/ำ/gu, "\u0e4d\u0e32");
    const rows = sampleTemplateRows()[PROJECTS_TABLE.table] ?? [];
    const at = (row: number, header: string): SampleCell => rows[row - 2]?.[HEADERS.indexOf(header)] ?? null;
    editWithOpenpyxl(source, join(dir, "copied.xlsx"), [
      { set: { sheet: "โครงการ", cell: "G2", value: fromPdf(at(2, "แหล่งงบประมาณ")) } },
      { set: { sheet: "โครงการ", cell: "W3", value: `${fromPdf(at(3, "งบ"))}\u200b` } },
      { set: { sheet: "โครงการ", cell: "X3", value: fromPdf(at(3, "หมวด")) } },
      { set: { sheet: "โครงการ", cell: "V4", value: "หลัก\u200b" } },
    ]);
    const { code, issues } = await issuesOf("copied.xlsx");
    expect(issues).toEqual([]);
    expect(code).toBe(0);
  });

  it("shows which mark differs when a value is close but wrong", async () => {
    const source = await writeSamplePlan(join(dir, "sample-near.xlsx"));
    editWithOpenpyxl(source, join(dir, "near.xlsx"), [
      { set: { sheet: "โครงการ", cell: "G2", value: "ข่อบัญญัติงบประมาณรายจ่ายประจำปี" } },
    ]);
    const { issues } = await issuesOf("near.xlsx");
    expect(issues).toEqual([
      expect.objectContaining({
        code: "unknown-funding-source",
        cell: "G2",
        message: expect.stringContaining("ไม้เอก แทน ไม้โท"),
      }),
    ]);
  });
});

describe("a formula saved without its result", () => {
  const expectReported = async (file: string) => {
    const { code, issues } = await issuesOf(file);
    expect(issues).toEqual([
      expect.objectContaining({ code: "formula-without-result", severity: "error", cell: "F2" }),
      expect.objectContaining({ code: "formula-without-result", severity: "error", cell: "D3" }),
    ]);
    expect(issues[0]?.message).toContain("Excel หรือ LibreOffice");
    expect(code).toBe(1);
  };

  it("is reported at its cell as such, never as empty (exceljs writes <f> without <v>)", async () => {
    await writeSamplePlan(join(dir, "formula-exceljs.xlsx"), (w) => {
      w.setCell("โครงการ", "F2", { formula: "5000*2", date1904: false });
      w.setCell("โครงการ", "D3", { formula: '"โครงการ "&A3', date1904: false });
    });
    await expectReported("formula-exceljs.xlsx");
  });

  // openpyxl (and so pandas) writes <f>…</f><v></v>: an empty result, which is no result.
  (hasOpenpyxl() ? it : it.skip)("is reported the same for openpyxl's empty <v>", async () => {
    const source = await writeSamplePlan(join(dir, "sample-formula.xlsx"));
    editWithOpenpyxl(source, join(dir, "formula.xlsx"), [
      { set: { sheet: "โครงการ", cell: "F2", value: "=5000*2" } },
      { set: { sheet: "โครงการ", cell: "D3", value: '="โครงการ "&A3' } },
    ]);
    await expectReported("formula.xlsx");
  });
});

describe("amounts and numbers no อปท. has: an error at the cell, never a crash (exit 3)", () => {
  const file = async (name: string, plant: (edit: WorkbookEdit) => void) =>
    writeSamplePlan(join(dir, name), plant);

  it("a budget of 1e15: validate says so at the cell; summary and build do not crash", async () => {
    await file("huge.xlsx", (w) => w.setCell("โครงการ", "F2", 1e15));
    const { code, issues } = await issuesOf("huge.xlsx");
    expect(issues).toEqual([
      expect.objectContaining({ code: "budget-too-large", severity: "error", cell: "F2" }),
    ]);
    expect(code).toBe(1);
    const summary = await runCli(["summary", "huge.xlsx", "--json"], { cwd: dir });
    expect(summary.code).toBe(0);
    const build = await runCli(["build", "huge.xlsx", "-o", "huge-out.xlsx"], { cwd: dir });
    expect(build.code).toBe(1);
  });

  it("budgets that together pass 10^12 baht, and strategy and edition numbers past any plan's", async () => {
    await file("many.xlsx", (w) => {
      for (const row of [2, 3, 4]) w.setCell("โครงการ", `F${row}`, 400_000_000_000);
      w.setCell("ยุทธศาสตร์", "A2", 1e21);
      w.setCell("โครงการ", "V6", "เพิ่มเติม 1000000000000000000000/2570");
    });
    const { issues } = await issuesOf("many.xlsx");
    expect(issues.map((i) => `${i.code} ${i.sheet}!${i.cell}`)).toEqual(
      expect.arrayContaining([
        "unreadable-number ยุทธศาสตร์!A2",
        "plan-total-too-large โครงการ!F4",
        "invalid-edition-code โครงการ!V6",
      ]),
    );
    for (const command of [
      ["summary", "many.xlsx", "--json"],
      ["build", "many.xlsx", "-o", "many-out.xlsx"],
    ]) {
      expect((await runCli(command, { cwd: dir })).code).not.toBe(3);
    }
  });
});

describe("a date with a two-digit year", () => {
  it("is an error at the cell naming the B.E. year meant, and the notice is not built", async () => {
    await writeSamplePlan(join(dir, "year.xlsx"), (w) => w.setCell("ฉบับ", "G2", "10/10/26"));
    const { code, issues } = await issuesOf("year.xlsx");
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: "two-digit-year",
        severity: "error",
        sheet: "ฉบับ",
        cell: "G2",
        message: expect.stringContaining("10 ตุลาคม พ.ศ. 2569"),
      }),
    );
    expect(code).toBe(1);
    expect((await runCli(["build", "year.xlsx", "-o", "year-out.xlsx"], { cwd: dir })).code).toBe(1);
  });
});
