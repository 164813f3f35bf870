import fc from "fast-check";
import { computePageBreaks, fitToWidthScale } from "../../../../src/domain/layout/computePageBreaks";

const margins = { top: 0.5, bottom: 0.5, left: 0.5, right: 0.5 };
/** A4 landscape at 100 %: (595.28 − 72) × 0.97 ≈ 507 pt of rows per page. */
const base = { orientation: "landscape", margins, columnWidthsPt: [700] } as const;

describe("computePageBreaks", () => {
  test("fit-to-width zoom is the whole percent that fits the columns, at most 100 %", () => {
    expect(fitToWidthScale({ ...base, columnWidthsPt: [700] })).toBe(1);
    // Printable width 841.89 − 72 = 769.89 pt; 1000 pt of columns → 76 %.
    expect(fitToWidthScale({ ...base, columnWidthsPt: [500, 500] })).toBe(0.76);
  });

  test("a page starts where the next row would no longer fit", () => {
    // 25 rows of 20 pt = 500 pt fit; the 26th starts page 2 (1-based row 26).
    const rows = Array.from({ length: 30 }, () => 20);
    expect(computePageBreaks({ ...base, rowHeightsPt: rows, headingRows: new Set() })).toEqual([26]);
  });

  test("a strategy heading and a work-plan heading at the foot of a page move over together", () => {
    const rows = Array.from({ length: 30 }, () => 20);
    // 0-based rows 23 and 24 are headings; row 25 (their first item) does not fit on page 1.
    expect(computePageBreaks({ ...base, rowHeightsPt: rows, headingRows: new Set([23, 24]) })).toEqual([24]);
  });

  test("repeated title rows take room on every later page", () => {
    const rows = [40, 40, ...Array.from({ length: 60 }, () => 20)];
    const breaks = computePageBreaks({
      ...base,
      rowHeightsPt: rows,
      titleRows: { first: 0, last: 1 },
      headingRows: new Set(),
    });
    // Page 1: 80 + 21 × 20 = 500; later pages: 80 + 21 × 20 as well.
    expect(breaks).toEqual([24, 45]);
  });

  test("pages never overflow and never end with a heading, whatever the rows", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ height: fc.integer({ min: 15, max: 200 }), heading: fc.boolean() }), {
          minLength: 1,
          maxLength: 200,
        }),
        (rows) => {
          const heights = rows.map((r) => r.height);
          const headings = new Set(rows.flatMap((r, i) => (r.heading ? [i] : [])));
          const breaks = computePageBreaks({ ...base, rowHeightsPt: heights, headingRows: headings });
          const starts = [1, ...breaks];
          starts.forEach((start, p) => {
            const end = starts[p + 1] ?? heights.length + 1;
            expect(end).toBeGreaterThan(start);
            const pageRows = heights.slice(start - 1, end - 1);
            // A page holds at least one row; beyond that it must fit the printable height.
            if (pageRows.length > 1)
              expect(pageRows.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual((595.28 - 72) * 0.97);
            const last = end - 2;
            // A page may end with a heading only when the page is nothing but headings.
            if (end <= heights.length && headings.has(last)) {
              expect(pageRows.every((_, i) => headings.has(start - 1 + i))).toBe(true);
            }
          });
        },
      ),
    );
  });
});
