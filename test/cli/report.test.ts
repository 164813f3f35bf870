import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxWorkbook } from "../../src/adapters/xlsx/XlsxWorkbook";
import { fillTemplateTables } from "../../src/app/fillTemplateTables";
import { insertTemplate } from "../../src/app/insertTemplate";
import { ReportJsonSchema, type ReportJson } from "../../src/domain/followUp/ReportJson";
import followUp from "../../src/sample/sample-follow-up-2570.json";
import sample from "../../src/sample/sample-plan-2570.json";
import { sampleTemplateRowsWithFollowUp } from "../../src/sample/sampleFollowUp";
import type { PdfConverter } from "../../src/cli/convertToPdf";
import { runCli } from "./runCli";

const STATUSES = ["ยังไม่ดำเนินการ", "อยู่ระหว่างดำเนินการ", "ดำเนินการแล้วเสร็จ", "ยกเลิก", "ไม่สามารถดำเนินการได้"];
type Recorded = { status?: string; contractAmount?: number; disbursed?: number };
const recorded = (kind: "projects" | "equipment", no: string): Recorded =>
  (followUp[kind] as Record<string, Recorded>)[no] ?? {};

/** The figures computed from the fixtures' JSON alone, in integer satang, never through src/domain. */
function expected(edition: string | null) {
  const projects = sample.projects.filter((p) => edition === null || p.edition === edition);
  const tally = (rows: typeof projects) => {
    const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0]));
    let budget = 0;
    let contracted = 0;
    let disbursed = 0;
    for (const p of rows) {
      const r = recorded("projects", String(p.no));
      byStatus[r.status ?? "ยังไม่ดำเนินการ"]! += 1;
      budget += Math.round(p.budget * 100);
      contracted += Math.round((r.contractAmount ?? 0) * 100);
      disbursed += Math.round((r.disbursed ?? 0) * 100);
    }
    return {
      projects: rows.length,
      budget: budget / 100,
      contracted: contracted / 100,
      disbursed: disbursed / 100,
      byStatus,
    };
  };
  const numbers = [...new Set(projects.map((p) => p.strategy))].sort((a, b) => a - b);
  const sources = Object.keys(sample.fundingSources).filter((code) =>
    projects.some((p) => p.fundingSource === code),
  );
  const equipment = sample.equipment.filter((e) => edition === null || e.edition === edition);
  return {
    fiscalYear: sample.fiscalYear,
    total: tally(projects),
    strategies: numbers.map((number) => ({
      number,
      name: sample.strategies.find((s) => s.number === number)?.name,
      ...tally(projects.filter((p) => p.strategy === number)),
    })),
    fundingSources: sources.map((code) => {
      const t = tally(projects.filter((p) => p.fundingSource === code));
      return {
        source: sample.fundingSources[code as keyof typeof sample.fundingSources],
        projects: t.projects,
        budget: t.budget,
        disbursed: t.disbursed,
      };
    }),
    equipment: {
      items: equipment.length,
      budget: equipment.reduce((sum, e) => sum + e.budget, 0),
      disbursed: equipment.reduce((sum, e) => sum + (recorded("equipment", e.no).disbursed ?? 0), 0),
    },
  };
}

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "action-plan-report-"));
  const workbook = XlsxWorkbook.create();
  await insertTemplate(workbook);
  await fillTemplateTables(workbook, sampleTemplateRowsWithFollowUp());
  writeFileSync(join(dir, "plan.xlsx"), await workbook.toBuffer());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function reportJson(...extra: string[]): Promise<ReportJson> {
  const run = await runCli(["report", "plan.xlsx", "--json", ...extra], { cwd: dir });
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return ReportJsonSchema.parse(JSON.parse(run.stdout));
}

describe("report --json", () => {
  it("equals the fixtures' figures computed independently, for all editions and for one", async () => {
    const all = await reportJson("--as-of", "2027-04-05");
    expect(all).toEqual({ ...expected(null), asOf: "2027-04-05" });
    expect(Object.keys(all)).toEqual([
      "fiscalYear",
      "asOf",
      "total",
      "strategies",
      "fundingSources",
      "equipment",
    ]);
    expect(await reportJson("--as-of", "2027-04-05", "--edition", "เพิ่มเติม 1/2570")).toEqual({
      ...expected("เพิ่มเติม 1/2570"),
      asOf: "2027-04-05",
    });
  });

  it("reads --as-of as ISO, B.E. or Thai text, and defaults to today in Thailand", async () => {
    expect((await reportJson("--as-of", "31 มี.ค. 2570")).asOf).toBe("2027-03-31");
    expect((await reportJson("--as-of", "2570-09-30")).asOf).toBe("2027-09-30");
    // runCli's clock: 2026-11-27T03:00Z.
    expect((await reportJson()).asOf).toBe("2026-11-27");
  });

  it("refuses an unreadable date, and a call without --json or -o, in one line", async () => {
    const bad = await runCli(["report", "plan.xlsx", "--json", "--as-of", "พรุ่งนี้"], { cwd: dir });
    expect([bad.code, bad.stdout, bad.stderr.split("\n").length]).toEqual([2, "", 1]);
    expect(bad.stderr).toContain("พรุ่งนี้");
    const none = await runCli(["report", "plan.xlsx"], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("--json");
    const unknown = await runCli(["report", "plan.xlsx", "--json", "--edition", "แก้ไข 9/2570"], { cwd: dir });
    expect(unknown.code).toBe(2);
  });
});

describe("report -o", () => {
  it("writes the 6- and 12-month reports and the notice into a copy, the plan's own sheets kept", async () => {
    const run = await runCli(["report", "plan.xlsx", "-o", "reports.xlsx"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("รายงานผล 6 เดือน, รายงานผล 12 เดือน, ประกาศผลการติดตาม");
    const copy = await XlsxWorkbook.fromBuffer(readFileSync(join(dir, "reports.xlsx")));
    const sheets = await copy.listSheets();
    expect(sheets.filter((s) => s.owner !== null).map((s) => [s.name, s.owner?.kind])).toEqual([
      ["รายงานผล 6 เดือน", "report6"],
      ["รายงานผล 12 เดือน", "report12"],
      ["ประกาศผลการติดตาม", "reportNotice"],
    ]);
    expect(sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["โครงการ", "ครุภัณฑ์", "ตั้งค่า"]));
    // Run again on its own output: the tool's sheets are replaced, not refused.
    const again = await runCli(["report", "reports.xlsx", "-o", "again.xlsx", "--json"], { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stderr).toContain("again.xlsx");
    ReportJsonSchema.parse(JSON.parse(again.stdout));
  });

  it("prints only the report sheets to the PDF", async () => {
    const printed: string[] = [];
    const convertToPdf: PdfConverter = async (xlsx, pdf) => {
      const book = await XlsxWorkbook.fromBuffer(readFileSync(xlsx));
      printed.push(...(await book.listSheets()).filter((s) => s.owner !== null).map((s) => s.name));
      writeFileSync(pdf, "%PDF-1.4");
      return { ok: true };
    };
    const run = await runCli(["report", "plan.xlsx", "-o", "r.xlsx", "--pdf", "r.pdf"], {
      cwd: dir,
      convertToPdf,
    });
    expect(run.code).toBe(0);
    expect(existsSync(join(dir, "r.pdf"))).toBe(true);
    expect(printed).toEqual(["รายงานผล 6 เดือน", "รายงานผล 12 เดือน", "ประกาศผลการติดตาม"]);
    const noCopy = await runCli(["report", "plan.xlsx", "--json", "--pdf", "x.pdf"], { cwd: dir });
    expect(noCopy.code).toBe(2);
  });

  it("writes nothing when the plan has errors, but still prints the JSON with a warning", async () => {
    const workbook = XlsxWorkbook.create();
    await insertTemplate(workbook);
    const rows = sampleTemplateRowsWithFollowUp();
    const projects = (rows["Projects"] ?? []).map((row, i) =>
      i === 0 ? ["1", 1, "แผนงานที่ไม่มี", ...row.slice(3)] : row,
    );
    await fillTemplateTables(workbook, { ...rows, Projects: projects });
    writeFileSync(join(dir, "broken.xlsx"), await workbook.toBuffer());
    const run = await runCli(["report", "broken.xlsx", "--json", "-o", "broken-out.xlsx"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(existsSync(join(dir, "broken-out.xlsx"))).toBe(false);
    expect(ReportJsonSchema.parse(JSON.parse(run.stdout)).total.projects).toBe(sample.projects.length - 1);
    expect(run.stderr).toContain("แผนงานที่ไม่มี");
  });
});
