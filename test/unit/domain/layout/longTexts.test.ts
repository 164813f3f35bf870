import fc from "fast-check";
import type { Plan } from "../../../../src/domain/model/plan";
import { aPlan, aProject, anEquipment } from "../../../builders/planBuilders";
import { digitsFor } from "../../../../src/domain/text/thaiDigits";
import { MAX_CELL_CHARS, MAX_ROW_HEIGHT_PT } from "../../../../src/domain/layout/_lib/SheetBuilder";
import { layoutOfficialTables } from "../../../../src/domain/layout/layoutOfficialTables";
import type { SheetSpec } from "../../../../src/domain/layout/SheetSpec";

/** A detail as staff write one: sentences of Thai words and numbers, `length` characters or so. */
function detailOf(length: number): string {
  const sentence = "จัดซื้อวัสดุอุปกรณ์สำหรับซ่อมแซมถนนคอนกรีตเสริมเหล็ก กว้าง 4.00 เมตร ยาว 120 เมตร หมู่ที่ 3 ";
  return sentence
    .repeat(Math.ceil(length / sentence.length))
    .slice(0, length)
    .trim();
}

const pd02Of = (plan: Plan, thaiDigits = false, schedule: "arrow" | "fill" = "arrow"): SheetSpec => {
  const sheet = layoutOfficialTables(plan, { edition: "หลัก", thaiDigits, schedule }).find(
    (s) => s.owner.kind === "pd02",
  );
  if (!sheet) throw new Error("no ผด.02");
  return sheet;
};

const everyRowAndCellFits = (sheet: SheetSpec): void => {
  for (const [r, row] of sheet.rows.entries()) {
    expect({ row: r + 1, tall: row.heightPt > MAX_ROW_HEIGHT_PT }).toEqual({ row: r + 1, tall: false });
    for (const cell of row.cells) {
      if (typeof cell?.value === "string") expect(cell.value.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    }
  }
};

/** The rows of the item whose ลำดับ (column A) is `seq`: its first row and the continuation rows after it. */
function itemRows(sheet: SheetSpec, seq: number): SheetSpec["rows"] {
  const first = sheet.rows.findIndex(
    (row) => row.cells[0]?.value === seq && row.cells[0].style?.startsWith("seq"),
  );
  let end = first + 1;
  // A continuation row has the ลำดับ cell's style (a block part) and no number.
  const continues = (row: SheetSpec["rows"][number] | undefined): boolean =>
    row?.cells[0]?.value === null && (row.cells[0].style ?? "").startsWith("seq");
  while (continues(sheet.rows[end])) end++;
  return sheet.rows.slice(first, end);
}

const columnText = (rows: SheetSpec["rows"], column: number): string =>
  rows.map((row) => row.cells[column]?.value ?? "").join("\n");
/** Text as printed, line breaks aside (a break stands where a space was, or inside a long word). */
const unbroken = (text: string): string => text.replace(/\s/gu, "");

describe("long texts in the printed tables", () => {
  // An 800-character detail gave a 1,014 pt row (Excel's maximum is 409), clipped in the PDF (issue #13).
  it.each([800, 5000])(
    "a %p-character detail continues on further rows of its project, none over 409 pt",
    (length) => {
      const detail = detailOf(length);
      const plan = aPlan({
        projects: [aProject({ activityDetail: detail }), aProject({ name: "โครงการถัดไป" })],
      });
      // Filled bars: the block's borders are checked on every month cell alike.
      const sheet = pd02Of(plan, false, "fill");
      everyRowAndCellFits(sheet);
      const rows = itemRows(sheet, 1);
      expect(rows.length).toBeGreaterThan(1);
      expect(unbroken(columnText(rows, 2))).toBe(unbroken(detail));
      // The continuation rows hold only the rest of the long text: no second number, budget or bar.
      for (const row of rows.slice(1)) {
        expect(row.cells.filter((c, i) => i !== 2 && c?.value !== null && c?.value !== undefined)).toEqual(
          [],
        );
      }
      // One project: no border between its rows on a page, closed where a page breaks it, bar filled through.
      const first = sheet.rows.indexOf(rows[0] ?? sheet.rows[0]!);
      const pageStarts = new Set(sheet.print.pageBreaksBefore.map((b) => b - 1));
      for (let r = first; r < first + rows.length; r++) {
        for (const column of [0, 2, 6]) {
          const border = (row: number) =>
            sheet.styles[sheet.rows[row]?.cells[column]?.style ?? ""]?.border ?? {};
          const closedAbove = r === first || pageStarts.has(r);
          const closedBelow = r === first + rows.length - 1 || pageStarts.has(r + 1);
          expect({
            r,
            column,
            top: border(r).top !== undefined,
            bottom: border(r).bottom !== undefined,
          }).toEqual({
            r,
            column,
            top: closedAbove,
            bottom: closedBelow,
          });
        }
        expect(sheet.styles[sheet.rows[r]?.cells[6]?.style ?? ""]?.fill).toBe(
          sheet.styles["barSingle"]?.fill,
        );
      }
      expect(itemRows(sheet, 2)).toHaveLength(1);
    },
  );

  it("draws the arrow on a continued project's first line, closing its text cells where a page breaks it", () => {
    const plan = aPlan({
      projects: [aProject({ activityDetail: detailOf(5000) }), aProject({ name: "โครงการถัดไป" })],
    });
    const sheet = pd02Of(plan);
    everyRowAndCellFits(sheet);
    const rows = itemRows(sheet, 1);
    const first = sheet.rows.indexOf(rows[0]!);
    // The first line: two half rows (the arrow between them), then the rest of the first chunk.
    expect(sheet.merges).toContainEqual({ row: first, column: 1, rowCount: 3, columnCount: 1 });
    const line = sheet.styles[sheet.rows[first]?.cells[6]?.style ?? ""]?.border;
    expect(line?.bottom).toBe("medium");
    const pageStarts = new Set(sheet.print.pageBreaksBefore.map((b) => b - 1));
    expect(pageStarts.size).toBeGreaterThan(0);
    for (let r = first; r < first + rows.length; r++) {
      const border = sheet.styles[sheet.rows[r]?.cells[2]?.style ?? ""]?.border ?? {};
      expect({ r, top: border.top !== undefined, bottom: border.bottom !== undefined }).toEqual({
        r,
        top: r === first || pageStarts.has(r),
        bottom: r === first + rows.length - 1 || pageStarts.has(r + 1),
      });
    }
  });

  it("keeps every project's first row with its heading, and no heading alone at a page's end", () => {
    const plan = aPlan({
      projects: Array.from({ length: 12 }, (_, i) =>
        aProject({
          name: `โครงการที่ ${i + 1}`,
          activityDetail: detailOf(i % 3 === 0 ? 5000 : 800),
          strategyNumber: (i % 3) + 1,
        }),
      ),
    });
    const sheet = pd02Of(plan);
    everyRowAndCellFits(sheet);
    const heading = (row: number): boolean => /Heading/u.test(sheet.rows[row]?.cells[0]?.style ?? "");
    for (const start of sheet.print.pageBreaksBefore)
      expect({ start, heading: heading(start - 2) }).toEqual({ start, heading: false });
    // No page holds headings only (each printed one heading before): every page has an item's row.
    const header = (sheet.print.titleRows?.last ?? 0) - 1;
    const starts = [header + 1, ...sheet.print.pageBreaksBefore.map((b) => b - 1), sheet.rows.length];
    for (let page = 0; page + 1 < starts.length; page++) {
      const rows = sheet.rows.slice(starts[page], starts[page + 1]);
      expect({ page, items: rows.some((r) => r.cells[0]?.style?.startsWith("seq")) }).toEqual({
        page,
        items: true,
      });
    }
  });

  it("continues a very long strategy name, unit list or equipment detail too, in every sheet", () => {
    const long = detailOf(3000);
    const plan = aPlan({
      strategies: [{ number: 1, name: long }],
      projects: [aProject({ responsibleUnit: long, location: long })],
      equipment: [anEquipment({ detail: long, item: long })],
    });
    for (const sheet of layoutOfficialTables(plan, { edition: "หลัก" })) everyRowAndCellFits(sheet);
  });

  it("holds, for texts of any length and kind, every row to 409 pt and cell to 32,767 characters, losing nothing", () => {
    const text = fc.oneof(
      fc.integer({ min: 0, max: 6000 }).map(detailOf),
      fc.string({ unit: "grapheme", maxLength: 300 }),
      fc.constantFrom("\u0e48".repeat(40_000), "ก".repeat(9000), `${"ม".repeat(500)}\n`.repeat(30)),
    );
    fc.assert(
      fc.property(text, text, fc.boolean(), (detail, name, thaiDigits) => {
        const sheet = pd02Of(aPlan({ projects: [aProject({ name, activityDetail: detail })] }), thaiDigits);
        everyRowAndCellFits(sheet);
        const rows = itemRows(sheet, 1);
        expect(unbroken(columnText(rows, 2))).toBe(unbroken(digitsFor(detail, thaiDigits)));
        expect(unbroken(columnText(rows, 1))).toBe(unbroken(digitsFor(name, thaiDigits)));
      }),
      { numRuns: 40 },
    );
  });
});
