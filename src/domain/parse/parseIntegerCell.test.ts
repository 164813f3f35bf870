import { parseIntegerCell } from "./parseIntegerCell";

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

  it.each([2570.5, "สองพัน", "25 70"])("rejects %p", (typed) => {
    expect(parseIntegerCell(typed)).toMatchObject({ status: "invalid" });
  });
});
