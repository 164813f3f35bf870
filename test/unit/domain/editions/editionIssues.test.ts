import fc from "fast-check";
import { aPlan, anEdition, aProject } from "../../../builders/planBuilders";
import { IssueSchema } from "../../../../src/domain/validate/Issue";
import { addDays, fromDayNumber } from "../../../../src/domain/editions/isoDate";
import type { Edition } from "../../../../src/domain/model/plan";
import { editionIssues } from "../../../../src/domain/editions/editionIssues";
import { be } from "../../../builders/beDate";
import { paramOf } from "../../../builders/findings";

/** An Editions-table row on sheet ฉบับ, row 3, with one column per date field. */
const source = {
  sheet: "ฉบับ",
  table: "Editions",
  row: 3,
  columns: {
    code: "A",
    triggerDate: "E",
    draftDate: "F",
    committeeReviewDate: "G",
    approvalDate: "H",
    announcementDate: "I",
    postingStart: "J",
    postingEnd: "K",
  },
};

/** A complete, on-time main edition (FY 2570): every rule passes. */
const onTime: Partial<Edition> = {
  source,
  triggerDate: be("15 ก.ย. 2569"),
  draftDate: be("20 ก.ย. 2569"),
  committeeReviewDate: be("30 ก.ย. 2569"),
  approvalDate: be("5 ต.ค. 2569"),
  announcementDate: be("10 ต.ค. 2569"),
  postingStart: be("12 ต.ค. 2569"),
  postingEnd: be("30 พ.ย. 2569"),
};

const issuesOf = (overrides: Partial<Edition>, today: string | null = null) =>
  editionIssues(aPlan({ editions: [anEdition({ ...onTime, ...overrides })] }), today);

describe("edition deadlines (ข้อ 26 (2), ข้อ 27)", () => {
  it("finds nothing wrong with a complete, on-time edition", () => {
    expect(issuesOf({})).toEqual([]);
  });

  describe("the plan is announced within 30 days of its trigger (trigger day = day 0)", () => {
    it("accepts the 30th day: 15 ก.ย. 2569 → 15 ต.ค. 2569", () => {
      expect(issuesOf({ announcementDate: be("15 ต.ค. 2569"), postingStart: be("15 ต.ค. 2569") })).toEqual(
        [],
      );
    });

    it("warns on the 31st day, pointing at the announcement cell with the due date", () => {
      expect(issuesOf({ announcementDate: be("16 ต.ค. 2569"), postingStart: be("16 ต.ค. 2569") })).toEqual([
        {
          code: "edition-announcement-late",
          severity: "warning",
          location: { sheet: "ฉบับ", cell: "I3" },
          params: {
            edition: "หลัก",
            triggerDate: "2026-09-15",
            announcementDate: "2026-10-16",
            dueDate: "2026-10-15",
            daysLate: 1,
          },
        },
      ]);
    });

    it("counts 29 ก.พ. in a leap year: 30 ม.ค. 2567 is due 29 ก.พ. 2567, late on 1 มี.ค. 2567", () => {
      const leap = {
        triggerDate: be("30 ม.ค. 2567"),
        draftDate: null,
        committeeReviewDate: be("1 ก.พ. 2567"),
        approvalDate: null,
      };
      const posting = { postingStart: be("1 มี.ค. 2567"), postingEnd: be("31 มี.ค. 2567") };
      expect(issuesOf({ ...leap, ...posting, announcementDate: be("29 ก.พ. 2567") })).toEqual([]);
      const late = issuesOf({ ...leap, ...posting, announcementDate: be("1 มี.ค. 2567") });
      expect(late.map((i) => [i.code, paramOf(i, "dueDate")])).toEqual([
        ["edition-announcement-late", "2024-02-29"],
      ]);
    });

    it("is due 1 มี.ค. in a common year: 30 ม.ค. 2568 → 1 มี.ค. 2568", () => {
      const common = {
        triggerDate: be("30 ม.ค. 2568"),
        draftDate: null,
        committeeReviewDate: be("1 ก.พ. 2568"),
        approvalDate: null,
      };
      const posting = { postingStart: be("2 มี.ค. 2568"), postingEnd: be("31 มี.ค. 2568") };
      expect(issuesOf({ ...common, ...posting, announcementDate: be("1 มี.ค. 2568") })).toEqual([]);
      expect(
        issuesOf({ ...common, ...posting, announcementDate: be("2 มี.ค. 2568") }).map((i) => i.code),
      ).toEqual(["edition-announcement-late"]);
    });
  });

  describe("posting starts within 15 days of the announcement", () => {
    it("accepts the 15th day across the B.E. year end: 20 ธ.ค. 2568 → 4 ม.ค. 2569", () => {
      const dates = { announcementDate: be("20 ธ.ค. 2568"), postingEnd: be("28 ก.พ. 2569") };
      const edition = {
        triggerDate: be("1 ธ.ค. 2568"),
        draftDate: null,
        committeeReviewDate: null,
        approvalDate: null,
      };
      expect(
        issuesOf({
          ...edition,
          ...dates,
          committeeReviewDate: be("10 ธ.ค. 2568"),
          postingStart: be("4 ม.ค. 2569"),
        }),
      ).toEqual([]);
    });

    it("warns on the 16th day at the posting-start cell", () => {
      const issues = issuesOf({ postingStart: be("26 ต.ค. 2569") });
      expect(issues).toEqual([
        {
          code: "edition-posting-start-late",
          severity: "warning",
          location: { sheet: "ฉบับ", cell: "J3" },
          params: {
            edition: "หลัก",
            announcementDate: "2026-10-10",
            postingStart: "2026-10-26",
            dueDate: "2026-10-25",
            daysLate: 1,
          },
        },
      ]);
    });
  });

  describe("the notice stays posted at least 30 days, both ends counted", () => {
    it("accepts 1 ก.พ. – 1 มี.ค. 2567 (30 days with 29 ก.พ.) and rejects 1 ก.พ. – 29 ก.พ. 2567 (29 days)", () => {
      const leapYear = {
        triggerDate: be("20 ม.ค. 2567"),
        draftDate: null,
        committeeReviewDate: be("25 ม.ค. 2567"),
        approvalDate: null,
        announcementDate: be("31 ม.ค. 2567"),
        postingStart: be("1 ก.พ. 2567"),
      };
      expect(issuesOf({ ...leapYear, postingEnd: be("1 มี.ค. 2567") })).toEqual([]);
      expect(issuesOf({ ...leapYear, postingEnd: be("29 ก.พ. 2567") })).toEqual([
        {
          code: "edition-posting-too-short",
          severity: "warning",
          location: { sheet: "ฉบับ", cell: "K3" },
          params: {
            edition: "หลัก",
            postingStart: "2024-02-01",
            postingEnd: "2024-02-29",
            days: 29,
            minimumDays: 30,
            dueDate: "2024-03-01",
          },
        },
      ]);
    });

    it("needs 2 มี.ค. in a common year: 1 ก.พ. – 1 มี.ค. 2568 is only 29 days", () => {
      const commonYear = {
        triggerDate: be("20 ม.ค. 2568"),
        draftDate: null,
        committeeReviewDate: be("25 ม.ค. 2568"),
        approvalDate: null,
        announcementDate: be("31 ม.ค. 2568"),
        postingStart: be("1 ก.พ. 2568"),
      };
      expect(issuesOf({ ...commonYear, postingEnd: be("2 มี.ค. 2568") })).toEqual([]);
      expect(
        issuesOf({ ...commonYear, postingEnd: be("1 มี.ค. 2568") }).map((i) => [i.code, paramOf(i, "days")]),
      ).toEqual([["edition-posting-too-short", 29]]);
    });
  });

  describe("steps follow the procedure: draft → review → approval → announcement → posting", () => {
    it("accepts steps on the same day", () => {
      const sameDay = be("30 ก.ย. 2569");
      expect(issuesOf({ draftDate: sameDay, committeeReviewDate: sameDay, approvalDate: sameDay })).toEqual(
        [],
      );
    });

    it("warns when the review comes before the draft, at the review cell", () => {
      expect(issuesOf({ committeeReviewDate: be("19 ก.ย. 2569") })).toEqual([
        {
          code: "edition-dates-out-of-order",
          severity: "warning",
          location: { sheet: "ฉบับ", cell: "G3" },
          params: {
            edition: "หลัก",
            field: "committeeReviewDate",
            date: "2026-09-19",
            previousField: "draftDate",
            previousDate: "2026-09-20",
          },
        },
      ]);
    });

    it("warns when approval precedes the review, skipping unrecorded steps in between", () => {
      const issues = issuesOf({ draftDate: null, approvalDate: be("29 ก.ย. 2569") });
      expect(issues.map((i) => [i.code, paramOf(i, "field"), paramOf(i, "previousField")])).toEqual([
        ["edition-dates-out-of-order", "approvalDate", "committeeReviewDate"],
      ]);
    });

    it("warns when the announcement comes before its trigger", () => {
      const issues = issuesOf({ triggerDate: be("11 ต.ค. 2569") });
      expect(issues.map((i) => [i.code, paramOf(i, "previousField"), i.location?.cell])).toEqual([
        ["edition-dates-out-of-order", "triggerDate", "I3"],
      ]);
    });

    it("reports a posting end before its start as out of order, not as too short", () => {
      const issues = issuesOf({ postingEnd: be("11 ต.ค. 2569") });
      expect(issues.map((i) => [i.code, paramOf(i, "field")])).toEqual([
        ["edition-dates-out-of-order", "postingEnd"],
      ]);
    });

    it("reports posting before the announcement as out of order, not late", () => {
      const issues = issuesOf({ postingStart: be("9 ต.ค. 2569") });
      expect(issues.map((i) => [i.code, paramOf(i, "field")])).toEqual([
        ["edition-dates-out-of-order", "postingStart"],
      ]);
    });
  });

  describe("missing dates are warnings with the date that was due", () => {
    it("reports each missing required date at its cell; draft and approval dates are optional", () => {
      const issues = issuesOf({
        draftDate: null,
        approvalDate: null,
        announcementDate: null,
        postingStart: null,
        postingEnd: null,
      });
      expect(issues).toEqual([
        {
          code: "edition-date-missing",
          severity: "warning",
          location: { sheet: "ฉบับ", cell: "I3" },
          params: { edition: "หลัก", field: "announcementDate", dueDate: "2026-10-15" },
        },
        {
          code: "edition-date-missing",
          severity: "warning",
          location: { sheet: "ฉบับ", cell: "J3" },
          params: { edition: "หลัก", field: "postingStart" },
        },
        {
          code: "edition-date-missing",
          severity: "warning",
          location: { sheet: "ฉบับ", cell: "K3" },
          params: { edition: "หลัก", field: "postingEnd" },
        },
      ]);
    });

    it("waits for a date that is not due yet when today is known", () => {
      const running = { postingEnd: null };
      // Posting began 12 ต.ค. 2569, so it may end from 10 พ.ย. 2569 (12 ต.ค. + 29 days).
      expect(issuesOf(running, be("10 พ.ย. 2569"))).toEqual([]);
      expect(issuesOf(running, be("11 พ.ย. 2569")).map((i) => [i.code, paramOf(i, "dueDate")])).toEqual([
        ["edition-date-missing", "2026-11-10"],
      ]);
    });

    it("treats a date that does not exist (30 ก.พ.) as missing", () => {
      const issues = issuesOf({ postingEnd: "2026-02-30" });
      expect(issues.map((i) => [i.code, paramOf(i, "field")])).toEqual([
        ["edition-date-missing", "postingEnd"],
      ]);
    });

    it("gives one warning, at the ฉบับ cell of its first row, for an edition known only from the ฉบับ column", () => {
      const derived = anEdition({ code: "เพิ่มเติม 1/2570", kind: "เพิ่มเติม", number: 1, trigger: null });
      const columns = { name: "D", edition: "V" };
      const row = (r: number, edition: string) =>
        aProject({ edition, source: { sheet: "โครงการ", table: "Projects", row: r, columns } });
      const plan = aPlan({
        editions: [derived],
        projects: [row(2, "หลัก"), row(5, "เพิ่มเติม 1/2570"), row(9, "เพิ่มเติม 1/2570")],
      });
      expect(editionIssues(plan)).toEqual([
        {
          code: "edition-dates-not-recorded",
          severity: "warning",
          params: { edition: "เพิ่มเติม 1/2570" },
          location: { sheet: "โครงการ", cell: "V5" },
        },
      ]);
      // With no row in the edition there is no cell to point at.
      expect(editionIssues(aPlan({ editions: [derived], projects: [] }))[0]?.location).toBeUndefined();
    });
  });

  it("holds for any dates: late from day 31, posting start late from day 16, too short under 30 days", () => {
    // Any day from 1900 to 2100 (B.E. 2443–2643), so month ends and leap days come up on their own.
    const day = fc.integer({ min: -25_567, max: 47_482 }).map(fromDayNumber);
    fc.assert(
      fc.property(
        day,
        fc.nat(60),
        fc.nat(40),
        fc.nat(60),
        (trigger, toAnnouncement, toPosting, postingDays) => {
          const announcementDate = addDays(trigger, toAnnouncement);
          const postingStart = addDays(announcementDate, toPosting);
          const edition = anEdition({
            source,
            triggerDate: trigger,
            committeeReviewDate: trigger,
            announcementDate,
            postingStart,
            postingEnd: addDays(postingStart, postingDays),
          });
          const issues = editionIssues(aPlan({ editions: [edition] }));
          issues.forEach((issue) => IssueSchema.parse(issue));
          expect(issues.map((i) => i.code).sort()).toEqual(
            [
              ...(toAnnouncement > 30 ? ["edition-announcement-late"] : []),
              ...(toPosting > 15 ? ["edition-posting-start-late"] : []),
              ...(postingDays + 1 < 30 ? ["edition-posting-too-short"] : []),
            ].sort(),
          );
        },
      ),
    );
  });
});
