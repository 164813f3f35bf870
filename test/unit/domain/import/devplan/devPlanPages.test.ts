import { bookPages, pageNumberOf } from "../../../../../src/domain/import/devplan/devPlanPages";

describe("bookPages", () => {
  const starts = [5, 30, 55, 80];

  it("gives footers to the page they end, headings to the page they start", () => {
    const footers = [
      { row: 28, page: 45 },
      { row: 53, page: 46 },
    ];
    expect(bookPages({ pageStarts: starts, numbers: footers }, 1)).toEqual({
      pages: [45, 46, 47, 48],
      counted: false,
    });
    const headings = [
      { row: 0, page: 12 },
      { row: 27, page: 13 },
    ];
    expect(bookPages({ pageStarts: starts, numbers: headings }, 1).pages).toEqual([12, 13, 14, 15]);
  });

  it("fills pages without a number from their neighbours, before as after", () => {
    expect(bookPages({ pageStarts: starts, numbers: [{ row: 60, page: 9 }] }, 1).pages).toEqual([
      7, 8, 9, 10,
    ]);
  });

  it("counts from the first page when no number is typed", () => {
    expect(bookPages({ pageStarts: starts, numbers: [] }, 20)).toEqual({
      pages: [20, 21, 22, 23],
      counted: true,
    });
  });
});

describe("pageNumberOf", () => {
  it.each([
    ["- 45 -", 45],
    ["หน้า 45", 45],
    ["หน้าที่ 7", 7],
    ["(12)", 12],
    ["45", 45],
  ])("reads %p", (text, page) => {
    expect(pageNumberOf(text)).toBe(page);
  });
  it.each([["รวม 45"], ["45 บาท"], ["1.1"], [""]])("is no page number: %p", (text) => {
    expect(pageNumberOf(text)).toBeNull();
  });
});
