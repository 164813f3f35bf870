import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { layoutOfficialTables } from "../../src/domain/layout/layoutOfficialTables";
import type { SheetSpec } from "../../src/domain/layout/SheetSpec";
import { manyStrategiesPlan } from "../builders/manyStrategiesPlan";
import { pageCount, pageSize, pageText } from "./pdfPages";
import { describeWhenPrinting as describeWhenPrinting_, printSheets } from "./printSheets";

/** ผด.01 of four and of six strategies printed by LibreOffice: one page, its form code and total on it. */
const describeWhenPrinting = describeWhenPrinting_();

describeWhenPrinting("ผด.01 on one page (LibreOffice)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pd01-one-page-"));
  const cases = [
    [4, 3],
    [6, 2],
  ] as const;
  const printed: { spec: SheetSpec; pdf: string }[] = [];

  beforeAll(async () => {
    const sheets = cases.map(([s, w]) => ({
      spec: layoutOfficialTables(manyStrategiesPlan(s, w), { edition: "หลัก" })[0] as SheetSpec,
      name: `pd01-${s}x${w}`,
    }));
    const pdfs = await printSheets(sheets, dir);
    sheets.forEach(({ spec }, i) => printed.push({ spec, pdf: pdfs[i] ?? "" }));
  }, 300_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("one landscape page with the form code, every strategy and the grand total", () => {
    for (const { pdf } of printed) {
      expect(pageCount(pdf)).toBe(1);
      const { width, height } = pageSize(pdf, 1);
      expect(width > height).toBe(true);
      const text = pageText(pdf, 1);
      expect(text).toContain("ผด.01");
      expect(text).toContain("รวมทั้งสิ้น");
    }
  });
});
