import { buildBook } from "../../../src/app/buildBook";
import { DEGRADED } from "../../../src/app/degradedFeatures";
import { sampleTables } from "../../../src/sample/samplePlan";
import { FakeWorkbook } from "../../builders/FakeWorkbook";

const CHOICES = { thaiDigits: false, excludeUnbudgeted: false, font: "TH SarabunPSK" } as const;
const BOOK = ["ปก", "ประกาศ", "คำนำ", "สารบัญ", "บทนำ", "ส่วนที่ 2", "ผด.01", "ผด.02", "ผด.02-1"];
const clock = () => "2026-12-02T03:00:00Z";

describe("buildBook", () => {
  it("writes the book, then puts its sheets together in book order", async () => {
    const workbook = new FakeWorkbook(sampleTables());
    const report = await buildBook(workbook, CHOICES, clock);
    expect(report.sheets).toEqual(BOOK);
    expect(workbook.arranged).toEqual(BOOK);
  });

  it("takes out the ภาคผนวก of an earlier book when this one has none", async () => {
    const workbook = new FakeWorkbook(sampleTables());
    await buildBook(workbook, { ...CHOICES, appendix: true }, clock);
    expect((await workbook.listSheets()).map((s) => s.name)).toContain("ภาคผนวก");
    await buildBook(workbook, CHOICES, clock);
    expect((await workbook.listSheets()).map((s) => s.name)).not.toContain("ภาคผนวก");
    expect(workbook.arranged).toEqual(BOOK);
  });

  it("where the workbook refuses to move the tabs, the book stands written and a step gives the order", async () => {
    const workbook = new FakeWorkbook(sampleTables());
    workbook.arrangeSheets = () => Promise.reject(new Error("The workbook structure is protected"));
    const report = await buildBook(workbook, CHOICES, clock);
    expect(report.sheets).toEqual(BOOK);
    expect(report.manualSteps).toEqual([
      { code: DEGRADED.sheetOrder, sheet: "ปก", params: { order: BOOK.join(", ") } },
    ]);
  });
});

describe("the manual step for the book's order", () => {
  it("reads as the order to put the tabs in, Thai and English", async () => {
    const { manualStepText } = await import("../../../src/taskpane/sections/BuildManualSteps");
    const { th } = await import("../../../src/taskpane/i18n/th");
    const { en } = await import("../../../src/taskpane/i18n/en");
    const step = { code: DEGRADED.sheetOrder, sheet: "ปก", params: { order: "ปก, ประกาศ" } } as const;
    expect(manualStepText(step, th.manualSteps)).toBe("ย้ายแท็บแผ่นงานให้เรียงตามลำดับเล่ม: ปก, ประกาศ");
    expect(manualStepText(step, en.manualSteps)).toBe("Move the sheet tabs into book order: ปก, ประกาศ");
  });
});
