import { DEGRADED, type PrintSetupByHand } from "../../../../../src/app/degradedFeatures";
import { planTextsFrom } from "../../../../../src/domain/book/planTextsFrom";
import { layoutBook } from "../../../../../src/domain/layout/layoutBook";
import { en } from "../../../../../src/taskpane/i18n/en";
import { th } from "../../../../../src/taskpane/i18n/th";
import { manualStepText } from "../../../../../src/taskpane/sections/BuildManualSteps";
import { planTextsGrid } from "../../../../builders/planTextsGrid";
import { samplePlan } from "../../../../fixtures/samplePlan";
import { officeOnFake } from "../../../../office/officeOnFake";

const plan = samplePlan();
const book = layoutBook(plan, planTextsFrom(planTextsGrid([]), plan), { edition: "หลัก" }).sheets;

describe("the book's page setup by hand (ExcelApi 1.7)", () => {
  it("names each sheet's first page number and its different first page, as the 1.9 path sets them", async () => {
    const { workbook } = officeOnFake({ apiVersion: "1.7" });
    const { manualSteps } = await workbook.writeSheets(book, "2026-12-02T03:00:00Z");
    const steps = new Map(
      manualSteps
        .filter((s) => s.code === DEGRADED.printSetup)
        .map((s) => [s.sheet, s.params as PrintSetupByHand]),
    );
    for (const spec of book) {
      const params = steps.get(spec.name);
      expect(`${spec.name}: ${String(params?.firstPageNumber)}`).toBe(
        `${spec.name}: ${String(spec.print.firstPageNumber)}`,
      );
      const differs = spec.print.headerOnFirstPage === false && spec.print.headerRight !== undefined;
      expect(`${spec.name}: ${String(params?.noHeaderOnFirstPage ?? false)}`).toBe(
        `${spec.name}: ${differs}`,
      );
    }
    expect(book.some((s) => s.print.headerOnFirstPage === false && s.print.headerRight !== undefined)).toBe(
      true,
    );
    // The book counts on: ผด.01 starts past page 1, and the step says where.
    const pd01 = book.find((s) => s.owner.kind === "pd01");
    const first = pd01?.print.firstPageNumber ?? 0;
    expect(first).toBeGreaterThan(1);
    const step = manualSteps.find((s) => s.sheet === pd01?.name);
    if (!step) throw new Error("no step for ผด.01");
    expect(manualStepText(step, th.manualSteps)).toContain(`หมายเลขหน้าแรก ${first}`);
    expect(manualStepText(step, en.manualSteps)).toContain(`first page number ${first}`);
  });
});

describe("Thai-digit page numbers set by hand (ExcelApi 1.7)", () => {
  it("the step says to set the footer's page number in TH SarabunIT๙ with Thai digits on, and not without", async () => {
    const thaiBook = layoutBook(plan, planTextsFrom(planTextsGrid([]), plan), {
      edition: "หลัก",
      thaiDigits: true,
    }).sheets;
    const { workbook } = officeOnFake({ apiVersion: "1.7" });
    const { manualSteps } = await workbook.writeSheets(thaiBook, "2026-12-02T03:00:00Z");
    const pd02 = manualSteps.find((s) => s.sheet === "ผด.02");
    if (!pd02) throw new Error("no step for ผด.02");
    expect((pd02.params as PrintSetupByHand).pageNumberFont).toBe("TH SarabunIT๙");
    expect(manualStepText(pd02, th.manualSteps)).toContain("ใช้แบบอักษร TH SarabunIT๙ ให้พิมพ์เป็นเลขไทย");
    const { workbook: plain } = officeOnFake({ apiVersion: "1.7" });
    const arabic = await plain.writeSheets(book, "2026-12-02T03:00:00Z");
    expect(arabic.manualSteps.some((s) => (s.params as PrintSetupByHand).pageNumberFont !== undefined)).toBe(
      false,
    );
  });
});
