import fc from "fast-check";
import { columnLetter, fromA1, parseA1, parseRangeA1, toA1 } from "../../../../src/domain/grid/a1";

describe("parseA1", () => {
  it("reads what toA1 writes, for every cell of a sheet", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_048_575 }),
        fc.integer({ min: 0, max: 16_383 }),
        (row, column) => {
          expect(parseA1(toA1(row, column))).toEqual({ row, column });
          expect(parseA1(`$${columnLetter(column)}$${row + 1}`)).toEqual({ row, column });
        },
      ),
    );
  });

  it("agrees with fromA1, tolerates spaces and lower case", () => {
    expect(parseA1(" f12 ")).toEqual(fromA1("F12"));
    expect(parseA1("XFD1048576")).toEqual({ row: 1_048_575, column: 16_383 });
  });

  it.each(["", "A", "12", "A0", "ABCD1", "A1B", "A12345678", "$", "A-1", "A1:B2"])("rejects %p", (ref) => {
    expect(parseA1(ref)).toBeNull();
  });
});

describe("parseRangeA1", () => {
  it("reads a range in either corner order, and one cell", () => {
    expect(parseRangeA1("B2:C4")).toEqual({ row: 1, column: 1, rowCount: 3, columnCount: 2 });
    expect(parseRangeA1("$C$4:$B$2")).toEqual({ row: 1, column: 1, rowCount: 3, columnCount: 2 });
    expect(parseRangeA1("D5")).toEqual({ row: 4, column: 3, rowCount: 1, columnCount: 1 });
  });

  it.each(["", "A1:", "A1:B2:C3", "Sheet1!A1"])("rejects %p", (ref) => {
    expect(parseRangeA1(ref)).toBeNull();
  });
});
