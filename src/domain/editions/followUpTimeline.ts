import { hasCalendar } from "../followUp/schedule";
import type { FollowUpReportDateField, FollowUpReportRecord, FollowUpRound } from "../model/followUpReport";
import { FOLLOW_UP_ROUNDS } from "../model/followUpReport";
import type { IsoDate, Plan } from "../model/plan";
import { BUDDHIST_ERA_OFFSET } from "../text/thaiMonthNames";
import { MINIMUM_POSTING_DAYS, POSTING_START_DAYS } from "./editionDeadlines";
import { statusOf } from "./editionTimeline";
import { addDays, isoDateOf, isValidIsoDate } from "./isoDate";
import type { TimelineStatus } from "./TimelineStep";

/** One step of a follow-up round's procedure (ข้อ 29 (5)), for the timeline. */
export interface FollowUpTimelineStep {
  readonly round: FollowUpRound;
  readonly field: FollowUpReportDateField;
  readonly date: IsoDate | null;
  /** When the step is due; for the posting end, the earliest day it may end. */
  readonly dueDate: IsoDate | null;
  readonly status: TimelineStatus;
}

/**
 * The last day the executive may present the year's results: 31 ธันวาคม after the fiscal year
 * (ข้อ 29 (5): at least once a year within December).
 * @example decemberReportDue(2570) //=> "2027-12-31"
 */
export function decemberReportDue(fiscalYear: number): IsoDate {
  return isoDateOf(fiscalYear - BUDDHIST_ERA_OFFSET, 12, 31);
}

const usable = (date: IsoDate | null | undefined): IsoDate | null =>
  date !== null && date !== undefined && isValidIsoDate(date) ? date : null;

/**
 * The follow-up rounds' steps as of `today`: the executive presents the results to the council and
 * the development committee (the 12-month round within December; the 6-month one when the อปท. holds
 * it, with no date set by the regulation), then announces and posts them within 15 days of that, and
 * keeps them posted at least 30 days (both ends counted), as ข้อ 29 (5) has it. Dates come from the
 * FollowUpReports table; without it every step is still listed with what can be known of its due date.
 * @example followUpTimeline(plan, "2027-12-02").find((s) => s.round === "12" && s.field === "presentedDate")?.dueDate //=> "2027-12-31"
 */
export function followUpTimeline(plan: Plan, today: IsoDate): FollowUpTimelineStep[] {
  const fiscalYear = plan.settings.fiscalYear;
  return FOLLOW_UP_ROUNDS.flatMap((round) => {
    const record: Partial<FollowUpReportRecord> = plan.followUpReports?.find((r) => r.round === round) ?? {};
    const presented = usable(record.presentedDate);
    const postingStart = usable(record.postingStart);
    const dues: Record<FollowUpReportDateField, IsoDate | null> = {
      presentedDate: round === "12" && hasCalendar(fiscalYear) ? decemberReportDue(fiscalYear) : null,
      announcementDate: presented && addDays(presented, POSTING_START_DAYS),
      postingStart: presented && addDays(presented, POSTING_START_DAYS),
      postingEnd: postingStart && addDays(postingStart, MINIMUM_POSTING_DAYS - 1),
    };
    const steps: FollowUpTimelineStep[] = [];
    for (const field of ["presentedDate", "announcementDate", "postingStart", "postingEnd"] as const) {
      const date = usable(record[field]);
      const dueDate = dues[field];
      const earlierPending = steps.some((s) => s.status === "pending");
      // The 6-month round has no date in the regulation: not yet presented is not overdue.
      const status =
        round === "6" && field === "presentedDate" && date === null
          ? "pending"
          : statusOf(
              field === "postingEnd" ? "postingEnd" : "postingStart",
              date,
              dueDate,
              today,
              earlierPending,
            );
      steps.push({ round, field, date, dueDate, status });
    }
    return steps;
  });
}
