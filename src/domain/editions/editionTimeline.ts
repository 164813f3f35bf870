import type { Edition, IsoDate } from "../model/plan";
import { EDITION_DATE_FIELDS, type EditionDateField } from "../model/editionDateFields";
import { breaksDeadline, dueDateOf, editionDate } from "./editionDeadlines";
import { daysBetween } from "./isoDate";
import type { TimelineStatus, TimelineStep, TimelineStepName } from "./TimelineStep";

const STEP_OF: Record<EditionDateField, TimelineStepName> = {
  triggerDate: "trigger",
  draftDate: "draft",
  committeeReviewDate: "review",
  approvalDate: "approval",
  announcementDate: "announcement",
  postingStart: "postingStart",
  postingEnd: "postingEnd",
};

export function statusOf(
  field: EditionDateField,
  date: IsoDate | null,
  due: IsoDate | null,
  today: IsoDate,
  earlierPending: boolean,
): TimelineStatus {
  if (date !== null) {
    if (breaksDeadline(field, date, due)) return "late";
    return daysBetween(today, date) > 0 ? "pending" : "done";
  }
  if (due !== null) return daysBetween(due, today) > 0 ? "missing" : "pending";
  // Unknown due date: waiting on an earlier step that is still to come, or simply not recorded.
  return earlierPending ? "pending" : "missing";
}

/**
 * The procedure of one edition as seven steps (trigger, draft, review, approval, announcement,
 * posting start, posting end), each with its date, due date and status as of `today`.
 *
 * @param edition a row of the Editions table (or an edition derived from the ฉบับ column)
 * @param today the current date from the injected clock
 * @example editionTimeline(anEdition({ triggerDate: "2026-09-15" }), "2026-09-20")[4] //=> { step: "announcement", field: "announcementDate", date: null, dueDate: "2026-10-15", status: "pending" }
 */
export function editionTimeline(edition: Edition, today: IsoDate): TimelineStep[] {
  const steps: TimelineStep[] = [];
  for (const field of EDITION_DATE_FIELDS) {
    const date = editionDate(edition, field);
    const dueDate = dueDateOf(edition, field);
    const earlierPending = steps.some((s) => s.status === "pending");
    steps.push({
      step: STEP_OF[field],
      field,
      date,
      dueDate,
      status: statusOf(field, date, dueDate, today, earlierPending),
    });
  }
  return steps;
}
