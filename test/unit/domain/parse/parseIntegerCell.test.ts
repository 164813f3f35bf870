import { parseIntegerCell } from "../../../../src/domain/parse/parseIntegerCell";

describe("parseIntegerCell", () => {
  it.each([
    [2570, 2570],
    ["2570", 2570],
    [" ๒๕๗๐ ", 2570],
    ["พ.ศ. 2570", 2570],
    ["1.", 1],
  ])("reads %p as %p", (typed, value) => {
    expect(parseIntegerCell(typed, ["พ.ศ."])).toMatchObject({ status: "ok", value });
  });

  it("reads full-width digits and text with invisible characters", () => {
    expect(parseIntegerCell("２５７０\u200b", ["พ.ศ."])).toMatchObject({ status: "ok", value: 2570 });
  });

  // Numbers past 2^53 are not exact, and 1e21 prints as "1e+21": none is a strategy or a year.
  it.each([2570.5, "สองพัน", "25 70", 1e20, "123456789012345678901234", Number.MAX_VALUE])(
    "rejects %p",
    (typed) => {
      expect(parseIntegerCell(typed)).toMatchObject({ status: "invalid" });
    },
  );
});
