import fc from "fast-check";
import {
  addDays,
  daysBetween,
  fromDayNumber,
  isValidIsoDate,
  toDayNumber,
} from "../../../../src/domain/editions/isoDate";
import { be } from "../../../builders/beDate";

describe("isoDate", () => {
  it("reads Thai test dates as Gregorian ISO dates", () => {
    expect(be("29 ก.พ. 2567")).toBe("2024-02-29");
    expect(be("1 ต.ค. 2569")).toBe("2026-10-01");
  });

  it("counts the Unix epoch as day 0", () => {
    expect(toDayNumber("1970-01-01")).toBe(0);
    expect(fromDayNumber(-1)).toBe("1969-12-31");
  });

  it("adds days across month ends, B.E. year ends and leap days", () => {
    expect(addDays(be("28 ก.พ. 2567"), 1)).toBe(be("29 ก.พ. 2567"));
    expect(addDays(be("28 ก.พ. 2568"), 1)).toBe(be("1 มี.ค. 2568"));
    expect(addDays(be("31 ธ.ค. 2568"), 1)).toBe(be("1 ม.ค. 2569"));
    expect(addDays(be("15 ก.ย. 2569"), 30)).toBe(be("15 ต.ค. 2569"));
    expect(addDays(be("1 มี.ค. 2567"), -1)).toBe(be("29 ก.พ. 2567"));
    expect(addDays("2100-02-28", 1)).toBe("2100-03-01");
    expect(addDays("2000-02-28", 1)).toBe("2000-02-29");
  });

  it("measures days between dates, the first day being day 0", () => {
    expect(daysBetween(be("1 ก.พ. 2567"), be("1 มี.ค. 2567"))).toBe(29);
    expect(daysBetween(be("1 ก.พ. 2568"), be("1 มี.ค. 2568"))).toBe(28);
    expect(daysBetween(be("10 ต.ค. 2569"), be("10 ต.ค. 2569"))).toBe(0);
    expect(daysBetween("2024-12-31", "2024-01-01")).toBe(-365);
  });

  it("rejects dates that do not exist", () => {
    expect(isValidIsoDate("2024-02-29")).toBe(true);
    expect(isValidIsoDate("2023-02-29")).toBe(false);
    expect(isValidIsoDate("2024-04-31")).toBe(false);
    expect(isValidIsoDate("2024-13-01")).toBe(false);
    expect(isValidIsoDate("24-1-1")).toBe(false);
    expect(() => addDays("2023-02-29", 1)).toThrow(RangeError);
  });

  it("agrees with UTC calendar arithmetic and inverts itself", () => {
    const epochDay = 86_400_000;
    fc.assert(
      fc.property(
        fc.integer({ min: -200_000, max: 200_000 }),
        fc.integer({ min: -1000, max: 1000 }),
        (day, n) => {
          const iso = fromDayNumber(day);
          expect(iso).toBe(new Date(day * epochDay).toISOString().slice(0, 10));
          expect(toDayNumber(iso)).toBe(day);
          expect(daysBetween(iso, addDays(iso, n))).toBe(n);
        },
      ),
    );
  });
});
