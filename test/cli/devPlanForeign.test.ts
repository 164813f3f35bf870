import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEV_PLAN_PROJECTS_TABLE, PROJECTS_TABLE } from "../../src/domain/template/templateSpec";
import { sampleTemplateRows, type SampleCell } from "../../src/sample/samplePlan";
import { samplePlanBytes } from "../fixtures/planWorkbook";
import { editWithOpenpyxl, hasOpenpyxl, sheetValuesByOpenpyxl } from "../tools/openpyxl";
import { runCli } from "./runCli";

const describeWithOpenpyxl = hasOpenpyxl() ? describe : describe.skip;
if (!hasOpenpyxl() && process.env["CI"]) throw new Error("these tests need python3-openpyxl in CI");

const column = (header: string): number => PROJECTS_TABLE.columns.findIndex((c) => c.header === header);
const BOOK = "2566–2570";
const OTHER_AGENCY = "หน่วยงานอื่นดำเนินการ";

interface Planted {
  readonly code: string;
  readonly severity: "error" | "warning";
  /** The project's row in the Projects table (0-based) and the header of the cell pointed at. */
  readonly project: number;
  readonly header: string;
}

/**
 * The sample plan with its development plan's list and every own-budget project's reference, as staff
 * type them, with problems planted; then saved by openpyxl. The list writes some names as staff do
 * (abbreviations, ม. for หมู่ที่, without โครงการ, other spacing): those are the same projects.
 */
async function linkedPlan(dir: string): Promise<{ readonly path: string; readonly planted: Planted[] }> {
  const rows = sampleTemplateRows();
  const projects = (rows[PROJECTS_TABLE.table] ?? []).map((r) => [...r]);
  const own = projects.flatMap((r, i) => (r[column("แหล่งงบประมาณ")] === OTHER_AGENCY ? [] : [i]));
  const [notFound, differs, missing, over, spelled] = own as [number, number, number, number, number];
  const list: SampleCell[][] = [];
  const planted: Planted[] = [
    { code: "dev-plan-ref-not-found", severity: "error", project: notFound, header: "แผนพัฒนาท้องถิ่น (หน้า)" },
    { code: "dev-plan-name-differs", severity: "warning", project: differs, header: "แผนพัฒนาท้องถิ่น (หน้า)" },
    { code: "dev-plan-ref-missing", severity: "warning", project: missing, header: "แผนพัฒนาท้องถิ่น (หน้า)" },
    { code: "dev-plan-budget-over", severity: "warning", project: over, header: "งบประมาณ (บาท)" },
  ];
  own.forEach((index, k) => {
    const row = projects[index] ?? [];
    const page = 40 + Math.floor(k / 5);
    const item = (k % 5) + 1;
    const budget = Number(row[column("งบประมาณ (บาท)")]);
    let name = String(row[column("โครงการ")]);
    if (index === differs) name = "โครงการจัดซื้อรถบรรทุกขยะมูลฝอย";
    if (index === spelled)
      name = name
        .replace(/^โครงการ/u, "")
        .replace("คอนกรีตเสริมเหล็ก", "คสล.")
        .replace("หมู่ที่ ", "ม.")
        .replace(/ /gu, "  ");
    list.push([
      BOOK,
      page,
      item,
      row[column("ยุทธศาสตร์")] ?? null,
      row[column("แผนงาน")] ?? null,
      name,
      index === over ? budget - 1_000 : budget + 50_000,
    ]);
    if (index === missing) return;
    row[column("แผนพัฒนาท้องถิ่น (ฉบับ)")] = BOOK;
    row[column("แผนพัฒนาท้องถิ่น (หน้า)")] = index === notFound ? 99 : page;
    row[column("แผนพัฒนาท้องถิ่น (ลำดับ)")] = index === notFound ? 9 : item;
  });
  const bytes = await samplePlanBytes({
    [PROJECTS_TABLE.table]: projects,
    [DEV_PLAN_PROJECTS_TABLE.table]: list,
  });
  const ours = join(dir, "ours.xlsx");
  writeFileSync(ours, bytes);
  const path = join(dir, "plan.xlsx");
  editWithOpenpyxl(ours, path);
  return { path, planted };
}

/** The cell of a project's column, found by openpyxl in the sheet as saved (not by our reader). */
function cellOf(path: string, project: number, header: string): string {
  const grid = sheetValuesByOpenpyxl(path, PROJECTS_TABLE.sheet);
  const headerRow = grid.findIndex((r) => r.includes("โครงการ") && r.includes("แผนพัฒนาท้องถิ่น (หน้า)"));
  const col = grid[headerRow]?.indexOf(header) ?? -1;
  if (headerRow < 0 || col < 0) throw new Error(`no ${header} header on ${PROJECTS_TABLE.sheet}`);
  const letter = String.fromCharCode(65 + (col % 26));
  return `${col >= 26 ? String.fromCharCode(64 + Math.floor(col / 26)) : ""}${letter}${headerRow + 2 + project}`;
}

describeWithOpenpyxl("the development-plan checks on a plan saved by another program", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "action-plan-devplan-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("find every planted problem at its cell with its severity, and nothing on correct or other agencies' projects", async () => {
    const { path, planted } = await linkedPlan(dir);
    const run = await runCli(["validate", "plan.xlsx", "--json"], { cwd: dir });
    const issues = JSON.parse(run.stdout) as {
      code: string;
      severity: string;
      sheet: string;
      cell: string;
    }[];
    const devPlan = issues.filter((i) => i.code.startsWith("dev-plan"));
    const expected = planted.map((p) => ({
      code: p.code,
      severity: p.severity,
      sheet: PROJECTS_TABLE.sheet,
      cell: cellOf(path, p.project, p.header),
    }));
    const found = devPlan.map(({ code, severity, sheet, cell }) => ({ code, severity, sheet, cell }));
    const byCell = (a: { cell: string }, b: { cell: string }) => a.cell.localeCompare(b.cell);
    expect(found.sort(byCell)).toEqual(expected.sort(byCell));
    // The planted reference is the only error: no correct project gets one.
    expect(issues.filter((i) => i.severity === "error").map((i) => i.code)).toEqual([
      "dev-plan-ref-not-found",
    ]);
    expect(run.code).toBe(1);
  });
});
