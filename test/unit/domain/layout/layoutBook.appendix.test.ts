import { planTextsFrom } from "../../../../src/domain/book/planTextsFrom";
import { layoutBook } from "../../../../src/domain/layout/layoutBook";
import { samplePlan } from "../../../fixtures/samplePlan";

const plan = samplePlan();
const texts = planTextsFrom(undefined, plan);

describe("the plan book's appendix (on request)", () => {
  it("is not there unless asked for", () => {
    const book = layoutBook(plan, texts, { edition: "หลัก" });
    expect(book.sheets.map((s) => s.owner.kind)).not.toContain("appendix");
    expect(book.contents.map((e) => e.title.join(""))).not.toContain("ภาคผนวก");
  });

  it("comes last, numbered on from ผด.02/1, and the สารบัญ lists it with that page", () => {
    const book = layoutBook(plan, texts, { edition: "หลัก", appendix: true });
    const [pd021, appendix] = book.sheets.slice(-2);
    expect([pd021?.owner.kind, appendix?.name]).toEqual(["pd021", "ภาคผนวก"]);
    const pd021Pages = (pd021?.print.pageBreaksBefore.length ?? 0) + 1;
    const first = (pd021?.print.firstPageNumber ?? 0) + pd021Pages;
    expect(appendix?.print.firstPageNumber).toBe(first);
    expect(appendix?.print.footerCenter).toBe("หน้า &P");
    expect(book.contents.at(-1)).toEqual({ title: ["ภาคผนวก"], page: first, level: "part" });
    const lines = (appendix?.rows ?? [])
      .flatMap((r) => r.cells.map((c) => String(c?.value ?? "")))
      .filter(Boolean);
    expect(lines[0]).toBe("ภาคผนวก");
    expect(lines.some((l) => l.includes("รายงานการประชุมคณะกรรมการพัฒนาท้องถิ่น"))).toBe(true);
  });

  it("of a later edition carries the edition in its sheet name; Thai digits reach its list", () => {
    const book = layoutBook(plan, texts, { edition: "เพิ่มเติม 1/2570", appendix: true, thaiDigits: true });
    const appendix = book.sheets.at(-1);
    expect(appendix?.name).toBe("ภาคผนวก เพิ่มเติม 1-2570");
    const lines = (appendix?.rows ?? []).flatMap((r) => r.cells.map((c) => String(c?.value ?? "")));
    expect(lines.some((l) => l.startsWith("๑."))).toBe(true);
  });
});
