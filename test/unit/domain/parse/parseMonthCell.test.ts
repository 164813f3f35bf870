import { isNoneMark, parseMonthCell } from "../../../../src/domain/parse/parseMonthCell";

describe("parseMonthCell", () => {
  it.each(["✓", "/", "x", "X", 1, "1", "→", "●", "✔", true])("%p marks the month", (mark) => {
    expect(parseMonthCell(mark)).toBe(true);
  });

  it.each([
    null,
    "",
    "  ",
    "\u200b",
    0,
    -0,
    "0",
    " 0 ",
    "-",
    "–",
    "—",
    "－",
    "๐",
    "-\u200b",
    "false",
    " False ",
    false,
    { error: "#N/A" },
    { formula: '=IF(A1,"✓","")' },
  ])("%p does not", (mark) => {
    expect(parseMonthCell(mark)).toBe(false);
  });

  it.each(["00", "--", "0 0", "falsey", "x0", 2])(
    "%p is a mark (only a lone 0, dash or FALSE is not)",
    (mark) => {
      expect(parseMonthCell(mark)).toBe(true);
    },
  );
});

describe("isNoneMark", () => {
  it.each([0, "0", "-", " – ", "—", "๐", "-\u200b"])("%p is a lone none mark", (mark) => {
    expect(isNoneMark(mark)).toBe(true);
  });

  it.each([null, "", "✓", "x", 1, false, "false", "--"])("%p is not", (mark) => {
    expect(isNoneMark(mark)).toBe(false);
  });
});
