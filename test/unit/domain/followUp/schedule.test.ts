import fc from "fast-check";
import { addDays, daysBetween } from "../../../../src/domain/editions/isoDate";
import {
  fiscalMonthEnd,
  fiscalMonthOf,
  fiscalMonthStart,
  fiscalYearBounds,
  isInFiscalYear,
  monthsPassed,
} from "../../../../src/domain/followUp/schedule";

describe("the fiscal year on the calendar", () => {
  it("runs 1 October to 30 September, B.E. year of its end", () => {
    expect(fiscalYearBounds(2570)).toEqual({ start: "2026-10-01", end: "2027-09-30" });
    expect(fiscalMonthStart(2570, 0)).toBe("2026-10-01");
    expect(fiscalMonthEnd(2570, 2)).toBe("2026-12-31");
    expect(fiscalMonthEnd(2570, 4)).toBe("2027-02-28");
    expect(fiscalMonthEnd(2571, 4)).toBe("2028-02-29");
    expect(fiscalMonthEnd(2570, 11)).toBe("2027-09-30");
  });

  it("counts a month as passed from its last day", () => {
    expect(monthsPassed(2570, "2026-09-30")).toBe(0);
    expect(monthsPassed(2570, "2026-10-30")).toBe(0);
    expect(monthsPassed(2570, "2026-10-31")).toBe(1);
    expect(monthsPassed(2570, "2027-03-31")).toBe(6);
    expect(monthsPassed(2570, "2027-09-30")).toBe(12);
    expect(monthsPassed(2570, "2030-01-01")).toBe(12);
  });

  it("puts every day of the year in its month, and the months tile the year", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 364 }), (offset) => {
        const date = addDays("2026-10-01", offset);
        const month = fiscalMonthOf(2570, date);
        expect(daysBetween(fiscalMonthStart(2570, month), date)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(date, fiscalMonthEnd(2570, month))).toBeGreaterThanOrEqual(0);
        expect(isInFiscalYear(2570, date)).toBe(true);
      }),
    );
    for (let m = 0; m < 11; m++)
      expect(addDays(fiscalMonthEnd(2570, m), 1)).toBe(fiscalMonthStart(2570, m + 1));
    expect(fiscalMonthOf(2570, "2020-01-01")).toBe(0);
    expect(fiscalMonthOf(2570, "2027-10-01")).toBe(11);
    expect(isInFiscalYear(2570, "2026-09-30")).toBe(false);
    expect(isInFiscalYear(2570, "2027-10-01")).toBe(false);
  });
});
