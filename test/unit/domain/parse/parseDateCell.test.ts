import { parseDateCell } from "../../../../src/domain/parse/parseDateCell";

describe("parseDateCell", () => {
  it.each([
    ["10 ต.ค. 2569", "2026-10-10"],
    ["10 ตุลาคม 2569", "2026-10-10"],
    ["10 ตุลาคม พ.ศ. 2569", "2026-10-10"],
    ["วันที่ 3 มีนาคม 2570", "2027-03-03"],
    ["10/10/2569", "2026-10-10"],
    ["๑๐/๑๐/๒๕๖๙", "2026-10-10"],
    ["15 กย 2569", "2026-09-15"],
    ["29 ก.พ. 2567", "2024-02-29"],
    ["2569-09-15", "2026-09-15"],
    ["2026-09-15", "2026-09-15"],
  ])("reads Thai text %p as %p", (typed, iso) => {
    expect(parseDateCell(typed)).toMatchObject({ status: "ok", value: iso });
  });

  // Excel serials: 45658 is 1 Jan 2025 and 46305 is 10 Oct 2026 in the 1900 date system.
  it.each([
    [45658, "2025-01-01"],
    [46305, "2026-10-10"],
    [46305.75, "2026-10-10"],
    [61, "1900-03-01"],
  ])("reads Excel serial %p as %p", (serial, iso) => {
    expect(parseDateCell(serial)).toMatchObject({ status: "ok", value: iso });
  });

  // Excel given "10/10/2569" in a Gregorian calendar stores AD 2569 (serial 244632): meant as B.E.
  it("reads a serial in the 2400s AD as a B.E. date typed into a Gregorian Excel", () => {
    expect(parseDateCell(244632)).toMatchObject({ status: "ok", value: "2026-10-10" });
    // 29 Feb exists in AD 2568 but not in B.E. 2568 (AD 2025).
    expect(parseDateCell(244043)).toMatchObject({ status: "invalid" });
  });

  it.each(["31 ก.พ. 2569", "29 ก.พ. 2568", "10 ตุลา 2569", "13/13/2569", "พรุ่งนี้", -5])(
    "rejects %p",
    (typed) => {
      expect(parseDateCell(typed)).toMatchObject({ status: "invalid" });
    },
  );

  it("leaves blank cells blank", () => {
    expect(parseDateCell(null)).toEqual({ status: "blank" });
  });

  // "26" may be B.E. 2526 or AD 2026: a guess would print on the notice (issue #13: read as 2526 before).
  it.each([
    ["10/10/26", { day: 10, month: 10, year: 26 }],
    ["15 ก.ย. 69", { day: 15, month: 9, year: 69 }],
    ["๑๐ ต.ค. ๖๙", { day: 10, month: 10, year: 69 }],
    ["3-3-70", { day: 3, month: 3, year: 70 }],
  ])("does not guess the year of %p, and keeps its parts for the message", (typed, parts) => {
    expect(parseDateCell(typed)).toEqual({
      status: "invalid",
      text: typed,
      why: { kind: "twoDigitYear", ...parts },
    });
  });

  it("reads dates typed with invisible characters and full-width digits", () => {
    expect(parseDateCell("10\u200b ต.ค. ２๕๖๙")).toMatchObject({ status: "ok", value: "2026-10-10" });
    expect(parseDateCell("\ufeff10/10/2569")).toMatchObject({ status: "ok", value: "2026-10-10" });
  });

  it("reports a formula saved without its result as such, never as a bad date", () => {
    expect(parseDateCell({ formula: "=TODAY()" })).toEqual({ status: "formula", formula: "=TODAY()" });
  });
});
