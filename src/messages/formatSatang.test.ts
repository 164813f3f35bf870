import { formatSatang } from "./formatSatang";

describe("formatSatang", () => {
  it.each([
    [0, "0.00"],
    [5, "0.05"],
    [37_800_050, "378,000.50"],
    [123_456_789_029, "1,234,567,890.29"],
    [-100_000, "-1,000.00"],
  ])("%p satang → %p", (satang, text) => {
    expect(formatSatang(satang)).toBe(text);
  });
});
