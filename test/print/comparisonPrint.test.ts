import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { layoutOfficialTables } from "../../src/domain/layout/layoutOfficialTables";
import type { SheetSpec } from "../../src/domain/layout/SheetSpec";
import { CHANGED_EDITION, changedEditionPlan } from "../fixtures/changedEditionPlan";
import { overlappingWords, pageCount, pageSize, pageText, pageWords } from "./pdfPages";
import { describeWhenPrinting as describeWhenPrinting_, printSheets } from "./printSheets";

/** The comparison sheet of a เปลี่ยนแปลง edition as a committee prints it: LibreOffice, A4, readable. */
const describeWhenPrinting = describeWhenPrinting_();

describeWhenPrinting("the comparison sheet printed (LibreOffice)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "comparison-print-"));
  let spec: SheetSpec;
  let pdf = "";

  beforeAll(async () => {
    const sheets = layoutOfficialTables(changedEditionPlan(), { edition: CHANGED_EDITION });
    const found = sheets.find((s) => s.owner.kind === "comparison");
    if (!found) throw new Error("no comparison sheet for a เปลี่ยนแปลง edition");
    spec = found;
    [pdf = ""] = await printSheets([{ spec, name: "comparison" }], dir);
  }, 300_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("A4 in the sheet's orientation, a page per break, the columns' headings and both budgets", () => {
    expect(pageCount(pdf)).toBe(spec.print.pageBreaksBefore.length + 1);
    for (let page = 1; page <= pageCount(pdf); page += 1) {
      const { width, height } = pageSize(pdf, page);
      expect([Math.round(Math.max(width, height)), Math.round(Math.min(width, height))]).toEqual([842, 595]);
      expect(width > height).toBe(spec.print.orientation === "landscape");
    }
    const text = pageText(pdf, 1).replace(/\s+/gu, "");
    for (const heading of ["ข้อความเดิม", "ข้อความใหม่", "เหตุผลความจำเป็น"]) expect(text).toContain(heading);
    const all = Array.from({ length: pageCount(pdf) }, (_, i) => pageText(pdf, i + 1))
      .join("")
      .replace(/\s+/gu, "");
    expect(all).toContain("378,000.00บาท");
    expect(all).toContain("415,000.00บาท");
  });

  test("no printed word runs into another", () => {
    for (let page = 1; page <= pageCount(pdf); page += 1)
      expect(overlappingWords(pageWords(pdf, page)).map(([a, b]) => `${a.text} / ${b.text}`)).toEqual([]);
  });
});
