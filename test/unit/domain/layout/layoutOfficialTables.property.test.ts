import fc from "fast-check";
import { arbitraryEdition, arbitraryPlan } from "../../../builders/arbitraryPlan";
import type { Plan } from "../../../../src/domain/model/plan";
import { layoutOfficialTables } from "../../../../src/domain/layout/layoutOfficialTables";
import type { SheetSpec } from "../../../../src/domain/layout/SheetSpec";

const RUNS = { numRuns: 60 };
const layout = (plan: Plan, edition: string | null): SheetSpec[] =>
  layoutOfficialTables(plan, { edition, thaiDigits: false });
const sheet = (sheets: readonly SheetSpec[], kind: SheetSpec["owner"]["kind"]): SheetSpec => {
  const found = sheets.find((s) => s.owner.kind === kind);
  if (!found) throw new Error(`no ${kind} sheet`);
  return found;
};
/** A printed baht amount back in satang (the cells hold baht with two decimals at most). */
const satang = (value: unknown): number => Math.round(Number(value) * 100);

/** The budget column of ผด.02 read as printed: every row numbered in column A (a project row). */
function pd02Satang(spec: SheetSpec): number {
  return spec.rows
    .filter((row) => row.cells[0]?.style === "seq")
    .reduce((sum, row) => sum + satang(row.cells[3]?.value), 0);
}

/** ผด.01's รวมทั้งสิ้น budget as printed. */
function pd01Satang(spec: SheetSpec): number {
  const total = spec.rows.find((row) => row.cells[0]?.value === "รวมทั้งสิ้น");
  return satang(total?.cells[3]?.value);
}

/** A permutation of a list, drawn by fast-check (so a failure shrinks to the smallest one). */
const shuffled = <T>(items: readonly T[]): fc.Arbitrary<T[]> =>
  fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });

// The order of the plan's project rows is not among these: it is the printed order, and work plans are
// numbered by where the whole plan first lists them (workPlanRanking), so it rightly shapes the sheets.
describe("layoutOfficialTables properties", () => {
  it("ผด.01's grand total is, to the satang, the sum of ผด.02's project rows (every edition and ฉบับรวม)", () => {
    fc.assert(
      fc.property(arbitraryPlan, arbitraryEdition, (plan, edition) => {
        const sheets = layout(plan, edition);
        expect(pd01Satang(sheet(sheets, "pd01"))).toBe(pd02Satang(sheet(sheets, "pd02")));
      }),
      RUNS,
    );
  });

  it("is deterministic: the same plan, or a copy of it, gives identical sheet specs", () => {
    fc.assert(
      fc.property(arbitraryPlan, arbitraryEdition, (plan, edition) => {
        expect(layout(structuredClone(plan), edition)).toEqual(layout(plan, edition));
      }),
      RUNS,
    );
  });

  it("does not depend on the order of the Strategies table", () => {
    const withOrder = arbitraryPlan.chain((plan) =>
      shuffled(plan.strategies).map((strategies) => ({ plan, reordered: { ...plan, strategies } })),
    );
    fc.assert(
      fc.property(withOrder, arbitraryEdition, ({ plan, reordered }, edition) => {
        expect(layout(reordered, edition)).toEqual(layout(plan, edition));
      }),
      RUNS,
    );
  });

  it("does not depend on the order of the Editions table", () => {
    const editions = ["หลัก", "เพิ่มเติม 1/2570", "แก้ไข 1/2570"].map((code, i) => ({
      code,
      kind: code.split(" ")[0] as "หลัก" | "เพิ่มเติม" | "แก้ไข",
      number: i === 0 ? null : 1,
      trigger: null,
      triggerText: `เหตุที่ ${i + 1}`,
      triggerDate: `2026-0${i + 6}-15`,
      draftDate: null,
      committeeReviewDate: null,
      approvalDate: null,
      announcementDate: `2026-0${i + 7}-10`,
      postingStart: null,
      postingEnd: null,
    }));
    const withOrder = fc.tuple(arbitraryPlan, shuffled(editions)).map(([plan, reordered]) => ({
      plan: { ...plan, editions },
      reordered: { ...plan, editions: reordered },
    }));
    fc.assert(
      fc.property(withOrder, arbitraryEdition, ({ plan, reordered }, edition) => {
        expect(layout(reordered, edition)).toEqual(layout(plan, edition));
      }),
      RUNS,
    );
  });
});
