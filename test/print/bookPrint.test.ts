import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { MAX_STRETCH_EM } from "../../src/domain/layout/_lib/proseLines";
import { planTextsFrom } from "../../src/domain/book/planTextsFrom";
import { layoutBook } from "../../src/domain/layout/layoutBook";
import type { SheetSpec } from "../../src/domain/layout/SheetSpec";
import { samplePlan } from "../fixtures/samplePlan";
import { PLAN_COMPOUNDS } from "../fixtures/planCompounds";
import { breakInsideFittingCell } from "./breakInsideFittingCell";
import { breakText, brokenCompounds, pageCount, pageLines, pageSize, pageText, pageWords } from "./pdfPages";
import { describeWhenPrinting as describeWhenPrinting_, printSheets } from "./printSheets";

/**
 * Prints the sample plan's book through the xlsx writer and LibreOffice, sheet by sheet, and checks
 * what a reader of the printed book sees: A4 in each sheet's orientation, the pages our breaks make
 * (no more), the book's page number on every page from ส่วนที่ 1 on (run on across the sheets), the
 * สารบัญ's numbers equal to those printed where each part begins, and no word past the page's edge.
 */
const describeWhenPrinting = describeWhenPrinting_();

/** The number printed as `หน้า n` on a page (the footer), or null. */
const printedNumber = (pdf: string, page: number): number | null => {
  const match = /หน้า\s*(\d+)/u.exec(pageText(pdf, page).replace(/\s+/gu, " "));
  return match?.[1] ? Number(match[1]) : null;
};

describeWhenPrinting("the plan book printed (LibreOffice)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "book-print-"));
  const plan = samplePlan();
  const book = layoutBook(plan, planTextsFrom(undefined, plan), { edition: "หลัก" });
  const printed: { spec: SheetSpec; pdf: string }[] = [];

  beforeAll(async () => {
    const sheets = book.sheets.map((spec, i) => ({ spec, name: `${i}-${spec.owner.kind}` }));
    const pdfs = await printSheets(sheets, dir);
    sheets.forEach(({ spec }, i) => printed.push({ spec, pdf: pdfs[i] ?? "" }));
  }, 300_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("the sheets in book order, each on A4 in its orientation, on the pages its breaks make", () => {
    expect(book.sheets.map((s) => s.owner.kind)).toEqual([
      "cover",
      "notice",
      "preface",
      "contents",
      "introduction",
      "divider",
      "pd01",
      "pd02",
      "pd021",
    ]);
    for (const { spec, pdf } of printed) {
      expect(`${spec.name}: ${pageCount(pdf)}`).toBe(
        `${spec.name}: ${spec.print.pageBreaksBefore.length + 1}`,
      );
      for (let page = 1; page <= pageCount(pdf); page += 1) {
        const { width, height } = pageSize(pdf, page);
        expect(width > height).toBe(spec.print.orientation === "landscape");
      }
    }
  });

  test("every page from ส่วนที่ 1 on prints its book number, running on without a gap", () => {
    const from = printed.findIndex(({ spec }) => spec.owner.kind === "introduction");
    let expected = 1;
    for (const { spec, pdf } of printed.slice(from)) {
      for (let page = 1; page <= pageCount(pdf); page += 1) {
        expect(`${spec.name} p${page}: ${printedNumber(pdf, page)}`).toBe(
          `${spec.name} p${page}: ${expected}`,
        );
        expected += 1;
      }
    }
    // The pages before ส่วนที่ 1 carry no number.
    for (const { pdf } of printed.slice(0, from)) expect(printedNumber(pdf, 1)).toBeNull();
  });

  test("the สารบัญ's numbers equal the numbers printed where ส่วนที่ 1 and each table begin", () => {
    const startOf = (kind: SheetSpec["owner"]["kind"]): number | null => {
      const sheet = printed.find(({ spec }) => spec.owner.kind === kind);
      return sheet ? printedNumber(sheet.pdf, 1) : null;
    };
    const listed = (prefix: string): number | null =>
      book.contents.find((e) => e.title.join("").startsWith(prefix))?.page ?? null;
    expect(listed("ส่วนที่ 1")).toBe(startOf("introduction"));
    expect(listed("ส่วนที่ 2")).toBe(startOf("divider"));
    expect(listed("แบบ ผด.01")).toBe(startOf("pd01"));
    expect(listed("แบบ ผด.02 ")).toBe(startOf("pd02"));
    expect(listed("แบบ ผด.02/1")).toBe(startOf("pd021"));
    // And the สารบัญ prints those numbers.
    const contents = printed.find(({ spec }) => spec.owner.kind === "contents");
    const text = contents ? pageText(contents.pdf, 1) : "";
    for (const entry of book.contents) if (entry.page !== null) expect(text).toContain(String(entry.page));
  });

  test("in the สารบัญ each page number stands on the last line of its entry", () => {
    const contents = printed.find(({ spec }) => spec.owner.kind === "contents");
    if (!contents) throw new Error("no สารบัญ");
    const words = pageWords(contents.pdf, 1);
    const entries = contents.spec.rows.flatMap((row) => {
      const [text, page] = [
        row.cells.find((c) => typeof c?.value === "string" && c.value !== ""),
        row.cells.at(-1),
      ];
      return typeof text?.value === "string" && typeof page?.value === "string" && /^\d+$/u.test(page.value)
        ? [{ last: text.value.split("\n").at(-1)?.split(/\s/u).at(-1) ?? "", page: page.value }]
        : [];
    });
    expect(entries.length).toBeGreaterThanOrEqual(book.contents.filter((e) => e.page !== null).length);
    for (const { last, page } of entries) {
      const together = words.some(
        (line) =>
          line.text === last &&
          words.some((n) => n.text === page && n.x > line.right && Math.abs(n.y - line.y) < 3),
      );
      expect(`${last} … ${page}: ${together}`).toBe(`${last} … ${page}: true`);
    }
  });

  test("no compound of the plans' list that fits its cell is broken across two lines on any page", () => {
    const broken: string[] = [];
    for (const { spec, pdf } of printed)
      for (let page = 1; page <= pageCount(pdf); page += 1)
        for (const b of brokenCompounds(pageWords(pdf, page), PLAN_COMPOUNDS))
          if (breakInsideFittingCell(spec, b)) broken.push(`${spec.name} p${page}: ${breakText(b)}`);
    expect(broken).toEqual([]);
  });

  test("justified prose has no gap a reader stumbles over (none wider than about an em and a space)", () => {
    const gaps: string[] = [];
    for (const { spec, pdf } of printed.filter((p) =>
      ["notice", "preface", "introduction"].includes(p.spec.owner.kind),
    ))
      for (let page = 1; page <= pageCount(pdf); page += 1)
        for (const line of pageLines(pageWords(pdf, page)))
          for (const [a, b] of line.slice(1).map((w, i) => [line[i], w] as const))
            if (a && b.x - a.right > 16 * MAX_STRETCH_EM + 8)
              gaps.push(`${spec.name} p${page}: ${a.text} ⟷ ${b.text} (${Math.round(b.x - a.right)} pt)`);
    expect(gaps).toEqual([]);
  });

  test("no word runs past the edge of the page", () => {
    for (const { spec, pdf } of printed) {
      for (let page = 1; page <= pageCount(pdf); page += 1) {
        const { width } = pageSize(pdf, page);
        for (const word of pageWords(pdf, page))
          expect(`${spec.name} p${page} ${word.text}: ${word.right <= width - 20}`).toBe(
            `${spec.name} p${page} ${word.text}: true`,
          );
      }
    }
  });
});
