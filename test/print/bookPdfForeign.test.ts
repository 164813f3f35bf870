import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { libreOfficePdf } from "../../src/cli/convertToPdf";
import { runCli } from "../cli/runCli";
import { readWithOpenpyxl, samplePlanSpec, writePlanWithOpenpyxl } from "../tools/planByOpenpyxl";
import { pageCount, pageText } from "./pdfPages";
import { describeWhenPrinting } from "./printSheets";

/**
 * `book IN -o OUT --pdf OUT.pdf` on a plan a script wrote with openpyxl (someone else's workbook) whose
 * tables were built before: the book's sheets together in book order, and the one PDF of the whole book read as a reader reads it: the pages
 * from ส่วนที่ 1 on numbered without a gap, and the สารบัญ's number of each part the number printed on
 * the page where that part begins.
 */
const BOOK = ["ปก", "ประกาศ", "คำนำ", "สารบัญ", "บทนำ", "ส่วนที่ 2", "ผด.01", "ผด.02", "ผด.02-1"];
const flat = (text: string) => text.replace(/\s+/gu, " ");
/** ส่วนที่ 1's first page begins with its title (the สารบัญ lists it too, further down). */
const partOne = (text: string) => flat(text).trim().startsWith("ส่วนที่ 1 บทนำ");
const printedNumber = (text: string): number | null => {
  const match = /หน้า (\d+)\s*$/u.exec(flat(text).trim());
  return match?.[1] ? Number(match[1]) : null;
};

describeWhenPrinting()("the whole book printed at once, from a plan written by openpyxl", () => {
  const dir = mkdtempSync(join(tmpdir(), "book-foreign-"));
  const pages: string[] = [];
  let sheets: string[] = [];
  let code = -1;

  beforeAll(async () => {
    writePlanWithOpenpyxl(samplePlanSpec(), join(dir, "plan.xlsx"));
    // The tables built first, as staff do: the book then replaces them and puts its sheets in order.
    const built = await runCli(["build", "plan.xlsx", "-o", "built.xlsx"], { cwd: dir });
    if (built.code !== 0) throw new Error(built.stderr);
    const run = await runCli(["book", "built.xlsx", "-o", "book.xlsx", "--pdf", "book.pdf"], {
      cwd: dir,
      convertToPdf: libreOfficePdf,
    });
    code = run.code;
    sheets = readWithOpenpyxl(join(dir, "book.xlsx"), {}).sheets;
    const pdf = join(dir, "book.pdf");
    for (let page = 1; page <= pageCount(pdf); page += 1) pages.push(pageText(pdf, page));
  }, 300_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("the book's sheets stand together in book order after the plan's own sheets", () => {
    expect(code).toBe(0);
    const start = sheets.indexOf("ปก");
    expect(sheets.slice(start, start + BOOK.length)).toEqual(BOOK);
    expect(sheets.slice(0, start)).toContain("โครงการ");
    // The build's other editions follow the book.
    expect(sheets.slice(start + BOOK.length)).toContain("ผด.01 เพิ่มเติม 1-2570");
  });

  test("from ส่วนที่ 1 on every page prints its number, 1, 2, 3 … without a gap; none before", () => {
    const first = pages.findIndex(partOne);
    expect(first).toBeGreaterThan(2);
    expect(pages.slice(0, first).map(printedNumber)).toEqual(pages.slice(0, first).map(() => null));
    expect(pages.slice(first).map(printedNumber)).toEqual(pages.slice(first).map((_, i) => i + 1));
  });

  test("the สารบัญ's numbers are the numbers printed where ส่วนที่ 1 and each table begin", () => {
    const contents = flat(pages.find((text) => text.includes("สารบัญ") && text.includes("เรื่อง")) ?? "");
    const listed = (pattern: RegExp): number => Number(pattern.exec(contents)?.[1] ?? NaN);
    const startOf = (test: (text: string) => boolean): number | null => {
      const at = pages.findIndex(test);
      return at < 0 ? null : printedNumber(pages[at] ?? "");
    };
    const formPage = (code: string) => (text: string) => flat(text).trim().startsWith(`แบบ ${code} `);
    expect(listed(/ส่วนที่ 1 บทนำ (\d+)/u)).toBe(startOf(partOne));
    expect(listed(/แบบ ผด\.01 บัญชีสรุปจำนวนโครงการและงบประมาณ (\d+)/u)).toBe(startOf(formPage("ผด.01")));
    expect(listed(/แบบ ผด\.02 บัญชีโครงการ\/กิจกรรม\/งบประมาณ (\d+)/u)).toBe(startOf(formPage("ผด.02")));
    expect(listed(/แบบ ผด\.02\/1 .*? (\d+)/u)).toBe(startOf(formPage("ผด.02/1")));
  });
});
