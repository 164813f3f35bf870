import type { Edition, IsoDate, Plan } from "../model/plan";
import { cellOf, type SourceRef } from "../model/SourceRef";
import type { Issue, IssueCode, IssueOf, ParamsOf } from "../validate/Issue";
import { issueAtCell } from "../validate/issueAt";
import { EDITION_DATE_FIELDS, type EditionDateField } from "../model/editionDateFields";
import {
  breaksDeadline,
  dueDateOf,
  editionDate,
  MINIMUM_POSTING_DAYS,
  REQUIRED_EDITION_DATES,
} from "./editionDeadlines";
import { editionTimeline } from "./editionTimeline";
import { daysBetween } from "./isoDate";

/** Without a clock every missing date counts as overdue: the check then reads the record as complete-or-not. */
const END_OF_TIME = "9999-12-31";

/** Procedure order checked between recorded dates; the trigger may precede or follow the drafting. */
const ORDERED_FIELDS: readonly EditionDateField[] = EDITION_DATE_FIELDS.filter((f) => f !== "triggerDate");

/** Each edition's first project (else equipment) row, in table order. */
function firstUses(plan: Plan): Map<string, SourceRef> {
  const first = new Map<string, SourceRef>();
  for (const rows of [plan.projects, plan.equipment]) {
    for (const row of rows) if (row.source && !first.has(row.edition)) first.set(row.edition, row.source);
  }
  return first;
}

type EditionIssueCode = Extract<IssueCode, `edition-${string}`>;

/** A warning at the edition's row of the Editions table (its date cell, else its code), or unlocated. */
function warning<C extends EditionIssueCode>(
  edition: Edition,
  code: C,
  field: EditionDateField | null,
  params: ParamsOf<C>,
): IssueOf<C> {
  if (!edition.source) return { code, severity: "warning", params };
  const cell = field === null ? cellOf(edition.source, "code") : cellOf(edition.source, field);
  return issueAtCell(code, "warning", edition.source.sheet, cell, params);
}

function missingDates(edition: Edition, today: IsoDate): Issue[] {
  const timeline = editionTimeline(edition, today);
  return REQUIRED_EDITION_DATES.flatMap((field) => {
    const step = timeline.find((s) => s.field === field);
    if (step?.status !== "missing") return [];
    return [
      warning(edition, "edition-date-missing", field, {
        edition: edition.code,
        field,
        ...(step.dueDate ? { dueDate: step.dueDate } : {}),
      }),
    ];
  });
}

function outOfOrder(edition: Edition): Issue[] {
  const issues: Issue[] = [];
  let previous: { field: EditionDateField; date: IsoDate } | null = null;
  const trigger = editionDate(edition, "triggerDate");
  for (const field of ORDERED_FIELDS) {
    const date = editionDate(edition, field);
    if (date === null) continue;
    // The announcement answers the trigger, so it cannot come before it.
    const before =
      field === "announcementDate" && trigger !== null && daysBetween(trigger, date) < 0
        ? { field: "triggerDate" as const, date: trigger }
        : previous !== null && daysBetween(previous.date, date) < 0
          ? previous
          : null;
    if (before) {
      issues.push(
        warning(edition, "edition-dates-out-of-order", field, {
          edition: edition.code,
          field,
          date,
          previousField: before.field,
          previousDate: before.date,
        }),
      );
    }
    previous = { field, date };
  }
  return issues;
}

function missedDeadlines(edition: Edition): Issue[] {
  const issues: Issue[] = [];
  const trigger = editionDate(edition, "triggerDate");
  const announcement = editionDate(edition, "announcementDate");
  const start = editionDate(edition, "postingStart");
  const end = editionDate(edition, "postingEnd");
  const announcementDue = dueDateOf(edition, "announcementDate");
  if (
    trigger &&
    announcement &&
    announcementDue &&
    breaksDeadline("announcementDate", announcement, announcementDue)
  ) {
    issues.push(
      warning(edition, "edition-announcement-late", "announcementDate", {
        edition: edition.code,
        triggerDate: trigger,
        announcementDate: announcement,
        dueDate: announcementDue,
        daysLate: daysBetween(announcementDue, announcement),
      }),
    );
  }
  const startDue = dueDateOf(edition, "postingStart");
  if (announcement && start && startDue && breaksDeadline("postingStart", start, startDue)) {
    issues.push(
      warning(edition, "edition-posting-start-late", "postingStart", {
        edition: edition.code,
        announcementDate: announcement,
        postingStart: start,
        dueDate: startDue,
        daysLate: daysBetween(startDue, start),
      }),
    );
  }
  const earliestEnd = dueDateOf(edition, "postingEnd");
  // An end before the start is reported as out of order instead.
  if (
    start &&
    end &&
    earliestEnd &&
    daysBetween(start, end) >= 0 &&
    breaksDeadline("postingEnd", end, earliestEnd)
  ) {
    issues.push(
      warning(edition, "edition-posting-too-short", "postingEnd", {
        edition: edition.code,
        postingStart: start,
        postingEnd: end,
        days: daysBetween(start, end) + 1,
        minimumDays: MINIMUM_POSTING_DAYS,
        dueDate: earliestEnd,
      }),
    );
  }
  return issues;
}

/**
 * Warnings about each edition's procedure dates (ข้อ 26 (2), ข้อ 27): announced more than 30 days after
 * its trigger, posting started more than 15 days after the announcement, posted fewer than 30 days,
 * dates out of procedure order, and required dates not recorded (with the date that was due).
 * Editions with no Editions-table row and no dates get a single `edition-dates-not-recorded`.
 *
 * @param plan the parsed plan
 * @param today optional, from the injected clock: dates not yet due are then not reported missing
 * @returns warnings only; they never block building the tables
 * @example editionIssues(planWith(anEdition({ triggerDate: "2026-09-15", announcementDate: "2026-10-16", … })))[0].code //=> "edition-announcement-late"
 */
export function editionIssues(plan: Plan, today: IsoDate | null = null): Issue[] {
  // Walked only when an edition has no Editions row (every row of a large plan otherwise).
  let firstUse: Map<string, SourceRef> | null = null;
  return plan.editions.flatMap((edition) => {
    const recorded = EDITION_DATE_FIELDS.some((f) => edition[f] !== null);
    if (!edition.source && !recorded) {
      // No Editions row to point at: point at the ฉบับ cell of the first row in this edition.
      const issue = warning(edition, "edition-dates-not-recorded", null, { edition: edition.code });
      firstUse ??= firstUses(plan);
      const use = firstUse.get(edition.code);
      return [use ? { ...issue, location: { sheet: use.sheet, cell: cellOf(use, "edition") } } : issue];
    }
    return [
      ...missedDeadlines(edition),
      ...outOfOrder(edition),
      ...missingDates(edition, today ?? END_OF_TIME),
    ];
  });
}
