import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XlsxWorkbook } from "../../src/adapters/xlsx/XlsxWorkbook";
import type { PdfConverter } from "../../src/cli/convertToPdf";
import followUp from "../../src/sample/sample-follow-up-2570.json";
import { runCli } from "./runCli";

/** The sample's recorded disbursement, from the fixture's JSON alone (integer satang, then baht). */
function recordedDisbursed(kind: "projects" | "equipment"): number {
  const rows: Record<string, object> = followUp[kind];
  return (
    Object.values(rows).reduce(
      (sum, r) =>
        sum + Math.round(("disbursed" in r && typeof r.disbursed === "number" ? r.disbursed : 0) * 100),
      0,
    ) / 100
  );
}

describe("demo: the follow-up of the year", () => {
  let dir = "";
  let stdout = "";
  let code = -1;
  const printed: { pdf: string; sheets: string[] }[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "action-plan-demo-follow-up-"));
    const convertToPdf: PdfConverter = async (xlsx, pdf) => {
      const book = await XlsxWorkbook.fromBuffer(readFileSync(xlsx));
      const sheets = (await book.listSheets()).filter((s) => s.owner !== null).map((s) => s.name);
      printed.push({ pdf, sheets });
      writeFileSync(pdf, "%PDF-1.4");
      return { ok: true };
    };
    ({ code, stdout } = await runCli(["demo", "demo"], { cwd: dir, convertToPdf }));
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the sample with its follow-up and the three report sheets, and says where", async () => {
    expect(code).toBe(0);
    const file = join(dir, "demo", "sample-plan-2570-follow-up.xlsx");
    expect(stdout).toContain(file);
    const book = await XlsxWorkbook.fromBuffer(readFileSync(file));
    const generated = (await book.listSheets()).filter((s) => s.owner !== null).map((s) => s.name);
    expect(generated).toEqual(["รายงานผล 6 เดือน", "รายงานผล 12 เดือน", "ประกาศผลการติดตาม"]);
  });

  it("prints the reports alone to their own PDF (the tables' PDF stays the tables')", () => {
    // Paths as the converter sees them: the temporary file beside the PDF it becomes.
    const followUpPdf = printed.find((p) => p.pdf.includes("sample-plan-2570-follow-up"));
    expect(followUpPdf?.sheets).toEqual(["รายงานผล 6 เดือน", "รายงานผล 12 เดือน", "ประกาศผลการติดตาม"]);
    const tablesPdf = printed.find((p) => p.pdf.includes("sample-plan-2570-tables"));
    expect(tablesPdf?.sheets).toContain("ผด.01");
    expect(tablesPdf?.sheets).not.toContain("รายงานผล 6 เดือน");
  });

  it("the demo's follow-up workbook reports the fixture's recorded disbursement", async () => {
    const run = await runCli(["report", join("demo", "sample-plan-2570-follow-up.xlsx"), "--json"], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { total: { disbursed: number }; equipment: { disbursed: number } };
    expect(json.total.disbursed).toBe(recordedDisbursed("projects"));
    expect(json.equipment.disbursed).toBe(recordedDisbursed("equipment"));
  });
});
