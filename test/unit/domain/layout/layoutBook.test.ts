import { samplePlan } from "../../../fixtures/samplePlan";
import { planTextsGrid as textsWith } from "../../../builders/planTextsGrid";
import { planTextsFrom } from "../../../../src/domain/book/planTextsFrom";
import { layoutBook } from "../../../../src/domain/layout/layoutBook";
import { pageCount } from "../../../../src/domain/layout/paginateBook";

describe("layoutBook", () => {
  const plan = samplePlan();

  test.each([
    ["the standard texts", []],
    [
      "a long user's introduction",
      [["ลักษณะของแผนการดำเนินงาน", Array(40).fill("ย่อหน้าที่ผู้ใช้เขียนเอง ยาวพอสมควร").join("\n")]],
    ],
  ])("numbers the pages from ส่วนที่ 1 on without a gap, with %s", (_label, rows) => {
    const book = layoutBook(plan, planTextsFrom(textsWith(rows), plan), { edition: "หลัก" });
    const numbered = book.sheets.slice(4);
    let next = 1;
    for (const sheet of numbered) {
      expect(`${sheet.name}: ${sheet.print.firstPageNumber}`).toBe(`${sheet.name}: ${next}`);
      expect(sheet.print.footerCenter).toBe("หน้า &P");
      next += pageCount(sheet);
    }
    for (const sheet of book.sheets.slice(0, 4)) expect(sheet.print.footerCenter).toBeUndefined();
    // The สารบัญ's numbers are where each numbered sheet starts.
    const starts = new Map(numbered.map((s) => [s.owner.kind, s.print.firstPageNumber]));
    const page = (prefix: string) => book.contents.find((e) => e.title.join("").startsWith(prefix))?.page;
    expect(page("ส่วนที่ 1")).toBe(starts.get("introduction"));
    expect(page("ส่วนที่ 2")).toBe(starts.get("divider"));
    expect(page("แบบ ผด.02/1")).toBe(starts.get("pd021"));
  });

  test("the user's text is printed, the standard one where the user wrote none", () => {
    const book = layoutBook(plan, planTextsFrom(textsWith([["คำนำ", "คำนำที่ผู้ใช้เขียน"]]), plan), {
      edition: "หลัก",
    });
    const texts = (kind: string) =>
      book.sheets
        .filter((s) => s.owner.kind === kind)
        .flatMap((s) => s.rows.flatMap((r) => r.cells.map((c) => c?.value)))
        .join(" ");
    expect(texts("preface")).toContain("คำนำที่ผู้ใช้เขียน");
    expect(texts("introduction")).toContain("ผู้บริหารท้องถิ่นพิจารณาอนุมัติ");
  });
});
