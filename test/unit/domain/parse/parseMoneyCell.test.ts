import { parseMoneyCell } from "../../../../src/domain/parse/parseMoneyCell";

describe("parseMoneyCell reads budgets as staff type them", () => {
  it.each([
    [378000, 37_800_000],
    [1635.25, 163_525],
    ["1,000.00", 100_000],
    [" 378,000 ", 37_800_000],
    ["๓๗๘,๐๐๐", 37_800_000],
    ["10000 บาท", 1_000_000],
    ["10,000.50บาท", 1_000_050],
    ["1 000", 100_000],
    ["1,000.-", 100_000],
    ["12.5", 1_250],
    ["฿1,500", 150_000],
    ["-", 0],
    ["–", 0],
    ["0", 0],
    ["10,000.-", 1_000_000],
    ["１０,０００ บาท", 1_000_000],
    ["\u200b5,000\u00a0", 500_000],
    ["—", 0],
    [999_999_999_999.99, 99_999_999_999_999],
    ["999,999,999,999.99", 99_999_999_999_999],
  ])("%p → %p satang", (typed, satang) => {
    expect(parseMoneyCell(typed)).toMatchObject({ status: "ok", value: satang });
  });

  it("keeps text amounts exact beyond float precision of baht × 100", () => {
    expect(parseMoneyCell("1,234,567,890.29")).toMatchObject({ value: 123_456_789_029 });
  });

  it("reads a negative amount so a rule can reject it", () => {
    expect(parseMoneyCell("-500")).toMatchObject({ status: "ok", value: -50_000 });
  });

  it.each(["สองหมื่น", "1,00", "10.005", "1.000,00", "12a", true])("%p is unreadable", (typed) => {
    expect(parseMoneyCell(typed)).toMatchObject({ status: "invalid" });
  });

  // No อปท. budget reaches 10^12 baht: 1e15 passed before and crashed the roll-ups (issue #13).
  it.each([1e12, 1e15, -1e15, "1,000,000,000,000", "99999999999999999999", "1e15"])(
    "%p is not an amount a plan can hold",
    (typed) => {
      const reading = parseMoneyCell(typed);
      if (typed === "1e15") expect(reading).toEqual({ status: "invalid", text: "1e15" });
      else
        expect(reading).toEqual({
          status: "invalid",
          text: String(typed),
          why: { kind: "tooLarge", scope: "cell" },
        });
    },
  );

  it("reports a formula saved without its result as such, never as 0 or blank", () => {
    expect(parseMoneyCell({ formula: "=SUM(F2:F5)" })).toEqual({ status: "formula", formula: "=SUM(F2:F5)" });
  });

  it("tells blank and error cells apart from amounts", () => {
    expect(parseMoneyCell("  ")).toEqual({ status: "blank" });
    expect(parseMoneyCell(null)).toEqual({ status: "blank" });
    expect(parseMoneyCell({ error: "#REF!" })).toEqual({ status: "cellError", error: "#REF!" });
  });
});
