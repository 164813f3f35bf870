import { formatBaht } from "./formatBaht";
import { formatPercent } from "./formatPercent";
import { formatDate } from "./formatDate";

describe("formatBaht", () => {
  it.each([
    [0, "0.00"],
    [5, "0.05"],
    [123_456_750, "1,234,567.50"],
    [100_000_000_00, "100,000,000.00"],
    [-150, "-1.50"],
  ])("%d satang reads %s", (satang, text) => {
    expect(formatBaht(satang)).toBe(text);
  });
});

describe("formatPercent", () => {
  it.each([
    [10000, "100.00"],
    [2381, "23.81"],
    [5, "0.05"],
  ])("%d hundredths reads %s", (hundredths, text) => {
    expect(formatPercent(hundredths)).toBe(text);
  });
});

describe("formatDate", () => {
  it("writes B.E. years in Thai and C.E. in English", () => {
    expect(formatDate("2026-10-10", "th")).toBe("10 ต.ค. 2569");
    expect(formatDate("2024-02-29", "en")).toBe("29 Feb 2024");
    expect(formatDate("not a date", "th")).toBe("not a date");
  });
});
