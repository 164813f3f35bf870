import { aPlan } from "../../../builders/planBuilders";
import type { FollowUpReportRecord } from "../../../../src/domain/model/followUpReport";
import { decemberReportDue, followUpTimeline } from "../../../../src/domain/editions/followUpTimeline";

const twelve = (dates: Partial<FollowUpReportRecord>): FollowUpReportRecord => ({
  round: "12",
  presentedDate: null,
  announcementDate: null,
  postingStart: null,
  postingEnd: null,
  ...dates,
});
const stepsOf = (records: FollowUpReportRecord[] | undefined, today: string, round = "12") =>
  followUpTimeline(aPlan({ followUpReports: records }), today)
    .filter((s) => s.round === round)
    .map((s) => [s.field, s.date, s.dueDate, s.status]);

describe("followUpTimeline", () => {
  it("has the year's report due within the December after the fiscal year", () => {
    expect(decemberReportDue(2570)).toBe("2027-12-31");
    expect(stepsOf(undefined, "2027-11-01")).toEqual([
      ["presentedDate", null, "2027-12-31", "pending"],
      ["announcementDate", null, null, "pending"],
      ["postingStart", null, null, "pending"],
      ["postingEnd", null, null, "pending"],
    ]);
    expect(stepsOf(undefined, "2028-01-01")[0]).toEqual(["presentedDate", null, "2027-12-31", "missing"]);
  });

  it("dates the posting from the presentation: within 15 days, up at least 30 days", () => {
    expect(
      stepsOf(
        [twelve({ presentedDate: "2027-12-20", announcementDate: "2027-12-25", postingStart: "2027-12-25" })],
        "2028-01-10",
      ),
    ).toEqual([
      ["presentedDate", "2027-12-20", "2027-12-31", "done"],
      ["announcementDate", "2027-12-25", "2028-01-04", "done"],
      ["postingStart", "2027-12-25", "2028-01-04", "done"],
      ["postingEnd", null, "2028-01-23", "pending"],
    ]);
  });

  it("marks what breaks the rules as late: presented in January, posted after 15 days, taken down early", () => {
    expect(
      stepsOf(
        [twelve({ presentedDate: "2028-01-05", postingStart: "2028-01-21", postingEnd: "2028-02-10" })],
        "2028-03-01",
      ).map(([field, , , status]) => [field, status]),
    ).toEqual([
      ["presentedDate", "late"],
      ["announcementDate", "missing"],
      ["postingStart", "late"],
      ["postingEnd", "late"],
    ]);
  });

  it("never calls the 6-month presentation overdue (the regulation sets it no date)", () => {
    expect(stepsOf(undefined, "2027-09-01", "6")[0]).toEqual(["presentedDate", null, null, "pending"]);
  });
});
