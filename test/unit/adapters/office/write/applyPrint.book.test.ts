import { planTextsFrom } from "../../../../../src/domain/book/planTextsFrom";
import { layoutBook } from "../../../../../src/domain/layout/layoutBook";
import { samplePlan } from "../../../../fixtures/samplePlan";
import { planTextsGrid } from "../../../../builders/planTextsGrid";
import { officeOnFake } from "../../../../office/officeOnFake";
import { DEGRADED } from "../../../../../src/adapters/office/degradation";

const plan = samplePlan();
const book = layoutBook(plan, planTextsFrom(planTextsGrid([]), plan), { edition: "หลัก" }).sheets;

describe("the plan book's page numbers and first pages", () => {
  it("on ExcelApi 1.9 each sheet starts at its own page number, and prints no header on page 1 where told", async () => {
    // The book numbers its parts through (ส่วนที่ 1 on), so several sheets start past page 1.
    expect(book.filter((s) => (s.print.firstPageNumber ?? 1) > 1).length).toBeGreaterThan(1);
    expect(book.some((s) => s.print.headerOnFirstPage === false)).toBe(true);
    const { workbook, state } = officeOnFake({ apiVersion: "1.9" });
    await workbook.writeSheets(book, "2026-12-02T03:00:00Z");

    for (const spec of book) {
      const layout = state.requireSheet(spec.name).pageLayout;
      expect(`${spec.name}: ${String(layout["firstPageNumber"])}`).toBe(
        `${spec.name}: ${String(spec.print.firstPageNumber)}`,
      );
      const firstDiffers = spec.print.headerOnFirstPage === false;
      expect(`${spec.name}: ${String(layout["headerFooterState"])}`).toBe(
        `${spec.name}: ${firstDiffers ? "FirstAndDefault" : "undefined"}`,
      );
      if (firstDiffers) expect(layout["firstPage.rightHeader"]).toBe("");
    }
  });

  it("on ExcelApi 1.7 every sheet of the book gets its page-setup step instead", async () => {
    const { workbook } = officeOnFake({ apiVersion: "1.7" });
    const { manualSteps } = await workbook.writeSheets(book, "2026-12-02T03:00:00Z");
    expect(manualSteps.filter((s) => s.code === DEGRADED.printSetup).map((s) => s.sheet)).toEqual(
      book.map((s) => s.name),
    );
  });
});
