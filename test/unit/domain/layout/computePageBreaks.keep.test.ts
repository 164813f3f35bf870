import {
  A4_PT,
  computePageBreaks,
  KEEP_FRACTION,
  PAGE_FILL,
} from "../../../../src/domain/layout/computePageBreaks";

// A portrait page with no margins and one narrow column: the page holds PAGE rows of 10 pt.
const margins = { top: 0, bottom: 0, left: 0, right: 0 };
const PAGE = Math.floor((A4_PT.height * PAGE_FILL) / 10);
const input = (rows: number, keepTogether: { first: number; last: number }[]) => ({
  orientation: "portrait" as const,
  margins,
  columnWidthsPt: [100],
  rowHeightsPt: Array.from({ length: rows }, () => 10),
  headingRows: new Set<number>(),
  keepTogether,
});

describe("computePageBreaks keeps short sections and paragraphs on one page", () => {
  it("without groups the page breaks where it is full", () => {
    expect(computePageBreaks(input(PAGE + 5, []))).toEqual([PAGE + 1]);
  });

  it("a short group that would straddle the break goes over whole", () => {
    const group = { first: PAGE - 3, last: PAGE + 2 };
    expect(computePageBreaks(input(PAGE + 5, [group]))).toEqual([group.first + 1]);
  });

  it("a group longer than KEEP_FRACTION of the page breaks where the page is full", () => {
    const long = Math.ceil(PAGE * KEEP_FRACTION) + 2;
    const group = { first: PAGE - long + 3, last: PAGE + 2 };
    expect(computePageBreaks(input(PAGE + 5, [group]))).toEqual([PAGE + 1]);
  });

  it("of nested groups (a section and its paragraph) the outermost short one wins", () => {
    const section = { first: PAGE - 8, last: PAGE + 4 };
    const paragraph = { first: PAGE - 2, last: PAGE + 1 };
    expect(computePageBreaks(input(PAGE + 6, [paragraph, section]))).toEqual([section.first + 1]);
  });
});

describe("a figure (the flow chart) is kept whole whenever it fits a page", () => {
  it("moves over whole even when longer than KEEP_FRACTION of the page", () => {
    const long = Math.ceil(PAGE * KEEP_FRACTION) + 10;
    const figure = { first: PAGE - long + 5, last: PAGE + 4, figure: true };
    expect(computePageBreaks(input(PAGE + 10, [figure]))).toEqual([figure.first + 1]);
    // The same rows as a plain group break where the page is full.
    const { figure: _figure, ...plain } = figure;
    expect(computePageBreaks(input(PAGE + 10, [plain]))).toEqual([PAGE + 1]);
  });
});
