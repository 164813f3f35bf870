import { parseMonthCell } from "./parseMonthCell";

describe("parseMonthCell", () => {
  it.each(["✓", "/", "x", "X", 1, "1", "→", "●", "✔", true])("%p marks the month", (mark) => {
    expect(parseMonthCell(mark)).toBe(true);
  });

  it.each([null, "", "  ", 0, -0, "0", " 0 ", "-", "–", "false", " False ", false, { error: "#N/A" }])(
    "%p does not",
    (mark) => {
      expect(parseMonthCell(mark)).toBe(false);
    },
  );

  it.each(["00", "--", "0 0", "falsey", "x0", 2])(
    "%p is a mark (only a lone 0, dash or FALSE is not)",
    (mark) => {
      expect(parseMonthCell(mark)).toBe(true);
    },
  );
});
