import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { execFileSync } from "node:child_process";
import { layoutAllFollowUpSheets } from "../../src/domain/layout/layoutFollowUpSheets";
import type { SheetSpec } from "../../src/domain/layout/SheetSpec";
import { samplePlanWithFollowUp } from "../fixtures/sampleFollowUp";
import { overlappingWords, pageCount, pageLines, pageSize, pageText, pageWords } from "./pdfPages";
import { describeWhenPrinting as describeWhenPrinting_, printSheets } from "./printSheets";

/**
 * Prints the follow-up sheets of the sample plan (its follow-up as recorded) through the xlsx writer
 * and LibreOffice: the 6- and 12-month reports on A4 landscape, page by page where the layout broke
 * them, each page under the header of the table it continues; the notice of the results on one A4
 * portrait page. PRINT_PNG=DIR also writes every page as a PNG there, to look at.
 */
const describeWhenPrinting = describeWhenPrinting_();

/** What only the tables' headers print: every page of a report starts under one of them. */
const HEADER_WORDS = ["เบิกจ่าย", "ปัญหาและอุปสรรค"];
/** The header words of the tables' last columns, as pdftotext splits them. */
const LAST_COLUMN_HEADERS = ["เบิกจ่าย", "ปัญหาและอุปสรรค"];

describeWhenPrinting("follow-up print check (LibreOffice)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "follow-up-print-"));
  const printed: { spec: SheetSpec; pdf: string }[] = [];
  const reports = () => printed.filter((p) => p.spec.owner.kind !== "reportNotice");

  beforeAll(async () => {
    const sheets = layoutAllFollowUpSheets(samplePlanWithFollowUp(), { edition: null }).map((spec) => ({
      spec,
      name: spec.owner.kind,
    }));
    const pdfs = await printSheets(sheets, dir);
    sheets.forEach(({ spec }, i) => printed.push({ spec, pdf: pdfs[i] ?? "" }));
    const png = process.env["PRINT_PNG"];
    if (png) {
      fs.mkdirSync(png, { recursive: true });
      for (const { spec, pdf } of printed)
        execFileSync("pdftoppm", ["-png", "-r", "80", pdf, path.join(png, spec.owner.kind)]);
    }
  }, 300_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("the 6- and 12-month reports and the notice printed", () => {
    expect(printed.map((p) => p.spec.name)).toEqual([
      "รายงานผล 6 เดือน",
      "รายงานผล 12 เดือน",
      "ประกาศผลการติดตาม",
    ]);
    for (const { pdf } of printed) expect(fs.existsSync(pdf)).toBe(true);
  });

  test("A4: the reports landscape, the notice portrait and one page", () => {
    for (const { spec, pdf } of printed) {
      for (let page = 1; page <= pageCount(pdf); page += 1) {
        const { width, height } = pageSize(pdf, page);
        expect([Math.round(Math.max(width, height)), Math.round(Math.min(width, height))]).toEqual([
          842, 595,
        ]);
        expect(width > height).toBe(spec.print.orientation === "landscape");
      }
    }
    expect(pageCount(printed[2]?.pdf ?? "")).toBe(1);
  });

  test("pages break exactly where the layout put the breaks", () => {
    for (const { spec, pdf } of printed)
      expect(`${spec.name}: ${pageCount(pdf)}`).toBe(
        `${spec.name}: ${spec.print.pageBreaksBefore.length + 1}`,
      );
  });

  test("every page of a report prints a table header, its last column and its page number", () => {
    for (const { spec, pdf } of reports()) {
      for (let page = 1; page <= pageCount(pdf); page += 1) {
        const text = pageText(pdf, page);
        const words = pageWords(pdf, page);
        const lines = pageLines(words).map((line) => line.map((w) => w.text).join(" "));
        // The last column's header prints near the right margin: a column cut off to a page of its own,
        // or a sheet shrunk to fit, moves it left (เบิกจ่าย ends the status and month tables, right
        // aligned under ร้อยละ; ปัญหาและอุปสรรค heads the wide last column of the problems table).
        const last = words
          .filter((w) => LAST_COLUMN_HEADERS.includes(w.text))
          .sort((a, b) => b.right - a.right)[0];
        const width = pageSize(pdf, page).width;
        const at = last ? (last.text === "เบิกจ่าย" ? last.right : (last.x + last.right) / 2) / width : 0;
        expect({
          sheet: spec.name,
          page,
          header: HEADER_WORDS.some((word) => text.includes(word)),
          footer: lines.filter((line) => line.startsWith("หน้า")),
          lastColumnAtTheRightMargin: last?.text === "เบิกจ่าย" ? at > 0.9 && at < 0.97 : at > 0.6,
        }).toEqual({
          sheet: spec.name,
          page,
          header: true,
          footer: [`หน้า ${page}`],
          lastColumnAtTheRightMargin: true,
        });
      }
    }
  });

  test("no wrapped text runs out of its row: no printed words overlap", () => {
    for (const { spec, pdf } of printed) {
      for (let page = 1; page <= pageCount(pdf); page += 1) {
        const clashes = overlappingWords(pageWords(pdf, page)).map(([a, b]) => `${a.text} / ${b.text}`);
        expect({ sheet: spec.name, page, clashes }).toEqual({ sheet: spec.name, page, clashes: [] });
      }
    }
  });

  test("the figures print: the year's totals are on the reports", () => {
    for (const { pdf } of reports()) {
      const all = Array.from({ length: pageCount(pdf) }, (_, i) => pageText(pdf, i + 1)).join("\n");
      expect(all).toContain("15,212,525.00");
      expect(all).toContain("1,679,162.50");
      expect(all).not.toContain("action-plan:");
    }
  });
});
