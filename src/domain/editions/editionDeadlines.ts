import type { Edition, IsoDate } from "../model/plan";
import type { EditionDateField } from "../model/editionDateFields";
import { addDays, daysBetween, isValidIsoDate } from "./isoDate";

/**
 * Deadline rules of ข้อ 26 (2) and ข้อ 27 as numbers. Day counting: the day of the event is day 0,
 * so "within 30 days of the trigger" means on or before trigger + 30 days (15 Sep → 15 Oct).
 */
export const PREPARATION_DAYS = 30;
/** The notice must be posted within 15 days of the announcement: start ≤ announcement + 15. */
export const POSTING_START_DAYS = 15;
/** Posted at least 30 days, both ends counted: postingEnd − postingStart + 1 ≥ 30. */
export const MINIMUM_POSTING_DAYS = 30;

/** Dates a complete edition record must have; draft and approval dates are often not recorded. */
export const REQUIRED_EDITION_DATES: readonly EditionDateField[] = [
  "triggerDate",
  "committeeReviewDate",
  "announcementDate",
  "postingStart",
  "postingEnd",
];

/** A usable date of the edition, or null when blank or not a calendar date (the parser reports those). */
export function editionDate(edition: Edition, field: EditionDateField): IsoDate | null {
  const value = edition[field];
  return value !== null && isValidIsoDate(value) ? value : null;
}

/**
 * The date a step is due, from the dates it depends on; null when those are unknown. Preparation
 * steps (draft → announcement) are due by trigger + 30; posting must start by announcement + 15; for
 * the posting end the date is the earliest allowed end, postingStart + 29.
 * @example dueDateOf(anEdition({ triggerDate: "2026-09-15" }), "announcementDate") //=> "2026-10-15"
 */
export function dueDateOf(edition: Edition, field: EditionDateField): IsoDate | null {
  const base = (f: EditionDateField, days: number): IsoDate | null => {
    const date = editionDate(edition, f);
    return date === null ? null : addDays(date, days);
  };
  switch (field) {
    case "triggerDate":
      return null;
    case "draftDate":
    case "committeeReviewDate":
    case "approvalDate":
    case "announcementDate":
      return base("triggerDate", PREPARATION_DAYS);
    case "postingStart":
      return base("announcementDate", POSTING_START_DAYS);
    case "postingEnd":
      return base("postingStart", MINIMUM_POSTING_DAYS - 1);
  }
}

/**
 * Whether a recorded date breaks its rule: after its due date, or for the posting end, before it.
 * @example breaksDeadline("postingEnd", "2026-11-08", "2026-11-09") //=> true (posted 29 days)
 */
export function breaksDeadline(field: EditionDateField, date: IsoDate, due: IsoDate | null): boolean {
  if (due === null) return false;
  return field === "postingEnd" ? daysBetween(due, date) < 0 : daysBetween(due, date) > 0;
}
