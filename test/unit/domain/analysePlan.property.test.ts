import fc from "fast-check";
import { planGrids } from "../../builders/planGrids";
import { analysePlan } from "../../../src/domain/analysePlan";
import type { CellValue } from "../../../src/domain/grid/CellValue";
import { PROJECTS_TABLE } from "../../../src/domain/template/templateSpec";
import { parseMoneyCell } from "../../../src/domain/parse/parseMoneyCell";
import { layoutOfficialTables } from "../../../src/domain/layout/layoutOfficialTables";
import { MAX_SATANG } from "../../../src/domain/model/money";
import { rollupPlan } from "../../../src/domain/rollup/rollupPlan";
import { toSummaryJson } from "../../../src/domain/rollup/toSummaryJson";

const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";

/** What staff might type in any cell: real values, near misses, junk and error values. */
const typedCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom<CellValue>(
    null,
    "",
    " ",
    "-",
    "✓",
    "x",
    0,
    1,
    2,
    7,
    -5,
    "1,000.00",
    "๑",
    "แผนงานการศึกษา",
    "แผนงานการพานิชย์",
    "งบลงทุน",
    "ค่าใช้สอย",
    "ไม่ใช้งบประมาณ",
    "ข้อบัญญัติงบประมาณรายจ่ายประจำปี",
    "เพิ่มเติม 1/2570",
    "เพิ่มเติม",
    "กองสาธารณสุขฯ",
    { error: "#REF!" },
    { formula: "=F2*2" },
    "\u200b",
    "หลัก\u200b",
    "ข้อบัญญัติงบประมาณรายจ่ายประจ\u0e4d\u0e32ปี",
    "10/10/26",
    1e15,
    true,
  ),
  fc.string({ maxLength: 8 }),
  fc.double({ noNaN: true, min: -1e9, max: 1e9 }),
);

describe("analysePlan on arbitrary typing", () => {
  it("never throws, and every project left out of the plan has an error on its row", () => {
    const headers = PROJECTS_TABLE.columns.map((c) => c.header);
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(fc.constantFrom(...headers), typedCell, { maxKeys: 6 }), { maxLength: 5 }),
        (rows) => {
          const builder = planGrids();
          for (const changes of rows) builder.withProject(changes);
          const { plan, issues } = analysePlan(builder.build());
          const kept = new Set(plan.projects.map((p) => p.source?.row));
          const projectRows = rows.map((_, i) => i + 2);
          for (const row of projectRows.filter((r) => !kept.has(r))) {
            const errorOnRow = issues.some(
              (i) =>
                i.severity === "error" &&
                i.location?.sheet === "โครงการ" &&
                i.location.cell.replace(/^[A-Z]+/u, "") === String(row),
            );
            expect({ row, errorOnRow }).toEqual({ row, errorOnRow: true });
          }
          for (const p of plan.projects) expect(p.budget).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("parseMoneyCell on generated amounts", () => {
  it("reads any amount written with commas, Thai digits, spaces and บาท back to the same satang", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999_999 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (satang, thai, grouped, suffix) => {
          const whole = String(Math.floor(satang / 100));
          const baht = grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/gu, ",") : whole;
          let text = ` ${baht}.${String(satang % 100).padStart(2, "0")}${suffix ? " บาท" : ""} `;
          if (thai) text = text.replace(/\d/gu, (d) => THAI_DIGITS[Number(d)] ?? d);
          expect(parseMoneyCell(text)).toMatchObject({ status: "ok", value: satang });
        },
      ),
    );
  });
});

describe("roll-ups and printed tables on any amounts typed", () => {
  // Amounts near and past the bound, huge and tiny, as numbers and as text.
  const amount: fc.Arbitrary<CellValue> = fc.oneof(
    fc.double({ min: -1e20, max: 1e20 }),
    fc.constantFrom<CellValue>(1e15, 999_999_999_999.99, 1e12, 5e11, 0.005, Number.MAX_VALUE, -0),
    fc.bigInt({ min: 0n, max: 10n ** 22n }).map((n) => n.toLocaleString("en-US")),
    fc.integer({ min: 0, max: 10 ** 9 }),
  );

  it("never throw, and every total is the exact sum of the plan's rows", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(amount, fc.boolean()), { minLength: 1, maxLength: 8 }), (rows) => {
        const builder = planGrids();
        for (const [budget, equipment] of rows) {
          if (equipment) builder.withEquipment({ "งบประมาณ (บาท)": budget });
          else builder.withProject({ "งบประมาณ (บาท)": budget });
        }
        const { plan } = analysePlan(builder.build());
        const summary = rollupPlan(plan, { edition: null, excludeUnbudgeted: false });
        const projects = plan.projects.reduce((sum, p) => sum + p.budget, 0);
        expect(summary.total.budget).toBe(projects);
        expect(projects + plan.equipment.reduce((sum, e) => sum + e.budget, 0)).toBeLessThan(MAX_SATANG);
        expect(() => toSummaryJson(summary, plan)).not.toThrow();
        expect(() => layoutOfficialTables(plan, { edition: "หลัก" })).not.toThrow();
      }),
      { numRuns: 60 },
    );
  });
});
