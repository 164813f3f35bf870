import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { layoutOfficialTables } from "../../src/domain/layout/layoutOfficialTables";
import type { SheetSpec } from "../../src/domain/layout/SheetSpec";
import { samplePlan } from "../fixtures/samplePlan";
import { overlappingWords, pageCount, pageLines, pageSize, pageText, pageWords } from "./pdfPages";
import { describeWhenPrinting, printSheets } from "./printSheets";

/**
 * ผด.02 of the sample plan with an 800- and a 5,000-character detail, printed through LibreOffice:
 * an 800-character detail gave a 1,014 pt row, which the PDF clipped, and pages held one heading each
 * (issue #13). Each detail carries numbered tokens (T001 …), so the PDF shows whether any text is lost.
 * PRINT_CHECK_KEEP=dir keeps the PDF and its pages as PNG there, to look at.
 */
const FILLER = "จัดซื้อวัสดุก่อสร้างสำหรับซ่อมแซมถนนคอนกรีตเสริมเหล็ก กว้าง 4 เมตร ยาว 120 เมตร ";

/** A detail of about `length` characters: numbered tokens between Thai sentences. */
function detailOf(prefix: string, length: number): { text: string; tokens: string[] } {
  const tokens: string[] = [];
  let text = "";
  while (text.length < length) {
    const token = `${prefix}${String(tokens.length + 1).padStart(3, "0")}`;
    tokens.push(token);
    text += `${token} ${FILLER}`;
  }
  return { text: text.trim(), tokens };
}

describeWhenPrinting()("print check of long texts (LibreOffice)", () => {
  const dir = process.env["PRINT_CHECK_KEEP"] ?? fs.mkdtempSync(path.join(os.tmpdir(), "print-long-"));
  const medium = detailOf("M", 800);
  const long = detailOf("L", 5000);
  let spec: SheetSpec;
  let pdf: string;

  beforeAll(async () => {
    const plan = samplePlan();
    const [first, second, ...rest] = plan.projects;
    if (!first || !second) throw new Error("the sample has projects");
    const projects = [
      { ...first, activityDetail: medium.text },
      { ...second, activityDetail: long.text },
      ...rest,
    ];
    const found = layoutOfficialTables({ ...plan, projects }, { edition: "หลัก" }).find(
      (s) => s.owner.kind === "pd02",
    );
    if (!found) throw new Error("no ผด.02");
    spec = found;
    fs.mkdirSync(dir, { recursive: true });
    [pdf = ""] = await printSheets([{ spec, name: "long-details" }], dir);
    if (process.env["PRINT_CHECK_KEEP"])
      execFileSync("pdftoppm", ["-png", "-r", "60", pdf, path.join(dir, "page")]);
  }, 300_000);

  afterAll(() => {
    if (!process.env["PRINT_CHECK_KEEP"]) fs.rmSync(dir, { recursive: true, force: true });
  });

  test("no row is taller than Excel's 409 pt", () => {
    expect(Math.max(...spec.rows.map((r) => r.heightPt))).toBeLessThanOrEqual(409);
  });

  test("pages break exactly where the layout put them, each A4 landscape with the header", () => {
    expect(pageCount(pdf)).toBe(spec.print.pageBreaksBefore.length + 1);
    for (let page = 1; page <= pageCount(pdf); page++) {
      const { width, height } = pageSize(pdf, page);
      expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
      expect(`p${page}: ${pageText(pdf, page).includes("ก.ย.")}`).toBe(`p${page}: true`);
    }
  });

  test("every word of both details is printed, none clipped over another", () => {
    const printed = new Set<string>();
    for (let page = 1; page <= pageCount(pdf); page++) {
      const words = pageWords(pdf, page);
      for (const word of words) printed.add(word.text);
      expect({ page, clashes: overlappingWords(words).map(([a, b]) => `${a.text} / ${b.text}`) }).toEqual({
        page,
        clashes: [],
      });
    }
    expect([...medium.tokens, ...long.tokens].filter((token) => !printed.has(token))).toEqual([]);
  });

  test("no page ends with a heading, and none holds a heading alone", () => {
    const pages = pageCount(pdf);
    for (let page = 1; page <= pages; page++) {
      const body = pageLines(pageWords(pdf, page)).filter((line) => !line.some((w) => w.text === "หน้า"));
      const last = body[body.length - 1]?.[0]?.text ?? "";
      if (page < pages)
        expect({ page, last, heading: /^\d+\.(\d+)?$/u.test(last) }).toMatchObject({ heading: false });
      // Below the repeated header there is an item's text, not only headings.
      expect({ page, lines: body.length > 4 }).toEqual({ page, lines: true });
    }
  });
});
