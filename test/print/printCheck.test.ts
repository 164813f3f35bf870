import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { execFileSync } from "node:child_process";
import { layoutOfficialTables } from "../../src/domain/layout/layoutOfficialTables";
import type { SheetSpec } from "../../src/domain/layout/SheetSpec";
import { samplePlan } from "../fixtures/samplePlan";
import { overlappingWords, pageCount, pageLines, pageSize, pageText, pageWords } from "./pdfPages";
import { describeWhenPrinting as describeWhenPrinting_, printSheets } from "./printSheets";

/**
 * Prints the official sheets of the sample plan through the exceljs writer and LibreOffice, and
 * checks the printed structure: A4 orientation, header rows and the last column on every page,
 * our page breaks honoured, and no group heading left at the bottom of a page. TH SarabunPSK is
 * aliased to TH Sarabun New (dev dependency) so LibreOffice lays text out with the real metrics.
 * Runs whenever soffice is installed; in CI (process.env.CI) a missing soffice fails.
 */
const describeWhenPrinting = describeWhenPrinting_();

/** A token that only the repeated header rows print on pages after the first (no Thai marks to scramble). */
const HEADER_TOKEN: Partial<Record<SheetSpec["owner"]["kind"], string>> = {
  pd01: "ดำเนินการ",
  pd02: "ก.ย.",
  pd021: "ก.ย.",
  notice: "",
  report6: "เบิกจ่าย",
  report12: "เบิกจ่าย",
  reportNotice: "",
  comparison: "ข้อความใหม่",
};
/** Group headings print as "1." (and in ผด.02, ผด.02/1 also "1.1") at the left edge; ผด.01's "1.1" rows hold figures. */
const headingNumber = (kind: SheetSpec["owner"]["kind"]): RegExp =>
  kind === "pd01" ? /^\d+\.$/u : /^\d+\.(\d+)?$/u;

describeWhenPrinting("print check (LibreOffice)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "print-check-"));
  const editions = ["หลัก", "เพิ่มเติม 1/2570", null] as const;
  const printed: { spec: SheetSpec; pdf: string }[] = [];

  beforeAll(async () => {
    const sheets = [...editions.entries()].flatMap(([e, edition]) =>
      layoutOfficialTables(samplePlan(), { edition }).map((spec) => ({
        spec,
        name: `${e}-${spec.owner.kind}`,
      })),
    );
    const pdfs = await printSheets(sheets, dir);
    sheets.forEach(({ spec }, i) => printed.push({ spec, pdf: pdfs[i] ?? "" }));
  }, 300_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("every sheet printed", () => {
    // Four sheets per edition; the consolidated set (null) has no notice.
    expect(printed).toHaveLength(editions.filter((e) => e !== null).length * 4 + 3);
    for (const { pdf } of printed) expect(fs.existsSync(pdf)).toBe(true);
  });

  test("A4 landscape tables and an A4 portrait notice, page by page", () => {
    for (const { spec, pdf } of printed) {
      for (let page = 1; page <= pageCount(pdf); page += 1) {
        const { width, height } = pageSize(pdf, page);
        const [long, short] = [Math.max(width, height), Math.min(width, height)];
        expect([Math.round(long), Math.round(short)]).toEqual([842, 595]);
        expect(width > height).toBe(spec.print.orientation === "landscape");
      }
    }
  });

  test("pages break exactly where the layout put the breaks (none added by overflow)", () => {
    for (const { spec, pdf } of printed)
      expect(`${spec.name}: ${pageCount(pdf)}`).toBe(
        `${spec.name}: ${spec.print.pageBreaksBefore.length + 1}`,
      );
  });

  test("header rows and the last column are printed on every page", () => {
    for (const { spec, pdf } of printed.filter((p) => p.spec.owner.kind !== "notice")) {
      for (let page = 1; page <= pageCount(pdf); page += 1) {
        expect(
          `${spec.name} p${page}: ${pageText(pdf, page).includes(HEADER_TOKEN[spec.owner.kind] ?? "")}`,
        ).toBe(`${spec.name} p${page}: true`);
      }
    }
  });

  test("no strategy, work-plan or equipment-type heading is the last line of a page", () => {
    for (const { spec, pdf } of printed.filter((p) => p.spec.owner.kind !== "notice")) {
      const pages = pageCount(pdf);
      for (let page = 1; page < pages; page += 1) {
        const body = pageLines(pageWords(pdf, page)).filter((line) => !line.some((w) => w.text === "หน้า"));
        const first = body[body.length - 1]?.[0]?.text ?? "";
        expect({
          page: `${spec.name} p${page}`,
          heading: headingNumber(spec.owner.kind).test(first),
          first,
        }).toEqual({
          page: `${spec.name} p${page}`,
          heading: false,
          first,
        });
      }
    }
  });

  // Rows are as tall as the layout's line estimate; an estimate a line short clips the last line,
  // which LibreOffice still prints over the row below.
  test("no wrapped text runs out of its row: no printed words overlap", () => {
    for (const { spec, pdf } of printed) {
      for (let page = 1; page <= pageCount(pdf); page += 1) {
        const clashes = overlappingWords(pageWords(pdf, page)).map(([a, b]) => `${a.text} / ${b.text}`);
        expect({ sheet: spec.name, page, clashes }).toEqual({ sheet: spec.name, page, clashes: [] });
      }
    }
  });

  test("the notice stays inside the margins, its title centred on the page", () => {
    for (const { spec, pdf } of printed.filter((p) => p.spec.owner.kind === "notice")) {
      expect(pageCount(pdf)).toBe(1);
      const { width } = pageSize(pdf, 1);
      const words = pageWords(pdf, 1);
      for (const word of words) {
        expect(word.x).toBeGreaterThanOrEqual(spec.print.margins.left * 72 - 1);
        expect(word.right).toBeLessThanOrEqual(width - spec.print.margins.right * 72 + 1);
      }
      const [title = []] = pageLines(words);
      const left = Math.min(...title.map((w) => w.x));
      const right = Math.max(...title.map((w) => w.right));
      expect(Math.abs((left + right) / 2 - width / 2)).toBeLessThan(4);
    }
  });

  test("prints with TH Sarabun New metrics, not a wider substitute, header and footer included", () => {
    for (const { pdf } of printed) {
      const fonts = execFileSync("pdffonts", [pdf], { encoding: "utf8" }).split("\n").slice(2);
      expect(fonts.filter((line) => line.trim() !== "" && !/THSarabunNew/u.test(line))).toEqual([]);
      expect(fonts.join("\n")).toMatch(/THSarabunNew/u);
    }
  });

  // Page 1 shows the form code in its first row, so the page header (which repeats it) starts on page 2;
  // each form numbers its own pages.
  test("the form code prints once per page, and each form's pages are numbered from 1", () => {
    for (const { spec, pdf } of printed.filter((p) => p.spec.owner.kind !== "notice")) {
      const code = spec.print.headerRight ?? "";
      for (let page = 1; page <= pageCount(pdf); page += 1) {
        const lines = pageLines(pageWords(pdf, page)).map((line) => line.map((w) => w.text).join(" "));
        expect({
          sheet: spec.name,
          page,
          codes: lines.filter((line) => line === code).length,
          footer: lines.filter((line) => line.startsWith("หน้า")),
        }).toEqual({ sheet: spec.name, page, codes: 1, footer: [`หน้า ${page}`] });
      }
    }
  });

  // The owner mark sits right of the print area; if the area were lost it would print and shrink the table.
  test("the owner mark outside the print area is not printed", () => {
    for (const { pdf } of printed) {
      for (let page = 1; page <= pageCount(pdf); page += 1)
        expect(pageText(pdf, page)).not.toContain("action-plan:");
    }
  });
});
