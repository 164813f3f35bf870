import { formatDate } from "../../../../src/taskpane/format/formatDate";

describe("formatDate", () => {
  it("writes B.E. years in Thai and C.E. in English", () => {
    expect(formatDate("2026-10-10", "th")).toBe("10 ต.ค. 2569");
    expect(formatDate("2024-02-29", "en")).toBe("29 Feb 2024");
    expect(formatDate("not a date", "th")).toBe("not a date");
    expect(formatDate("2026-13-01", "en")).toBe("2026-13-01");
  });
});
