import { parseMonthCell } from "./parseMonthCell";

describe("parseMonthCell", () => {
  it.each(["✓", "/", "x", "X", 1, "1", "→", "●", "✔", true])("%p marks the month", (mark) => {
    expect(parseMonthCell(mark)).toBe(true);
  });

  it.each([null, "", "  ", 0, "0", "-", false, { error: "#N/A" }])("%p does not", (mark) => {
    expect(parseMonthCell(mark)).toBe(false);
  });
});
