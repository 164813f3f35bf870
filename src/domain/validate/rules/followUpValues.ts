import { FOLLOW_UP_REPORT_DATE_FIELDS } from "../../model/followUpReport";
import type { IsoDate } from "../../model/plan";
import type { SourceRef } from "../../model/SourceRef";
import type { Satang } from "../../model/money";
import { BLANK_FOLLOW_UP } from "../../parse/parseFollowUp";
import { valueOf, type Reading } from "../../parse/Reading";
import type { Issue } from "../Issue";
import { issueAt } from "../issueAt";
import type { Rule } from "../Rule";
import { forEachItem } from "./_lib/forEachItem";
import { nearParams } from "./_lib/nearParams";
import { probableDate } from "./editionDates";

/** Where a plan's dates fall when its fiscal year is not known (as editionDates assumes). */
const DEFAULT_FISCAL_YEAR = 2570;

/**
 * The follow-up cells that cannot be read, each a warning at its cell (the follow-up never blocks the
 * official tables): a status that is not one of the list (a known variant is read, with a warning
 * saying which), an amount that is no amount, negative or implausibly large, a date that cannot be
 * read or has a two-digit year; and a FollowUpReports row whose round or dates cannot be read.
 */
export const followUpValues: Rule = ({ parsed }) => {
  const fiscalYear = valueOf(parsed.settings.fiscalYear) ?? DEFAULT_FISCAL_YEAR;
  const issues: Issue[] = [];
  const date = (ref: SourceRef, field: string, reading: Reading<IsoDate>): void => {
    const issue = dateIssue(ref, field, reading, fiscalYear);
    if (issue) issues.push(issue);
  };
  const amount = (ref: SourceRef, field: "contractAmount" | "disbursed", reading: Reading<Satang>): void => {
    const problem =
      reading.status === "invalid"
        ? reading.why?.kind === "tooLarge"
          ? "tooLarge"
          : "unreadable"
        : reading.status === "ok" && reading.value < 0
          ? "negative"
          : null;
    if (problem !== null && (reading.status === "invalid" || reading.status === "ok"))
      issues.push(
        issueAt("unreadable-follow-up-amount", "warning", ref, field, {
          value: reading.text,
          field,
          problem,
        }),
      );
  };
  forEachItem(parsed, ({ ref, followUp }) => {
    if (followUp === BLANK_FOLLOW_UP) return;
    const { status } = followUp;
    if (status.status === "invalid")
      issues.push(issueAt("unknown-follow-up-status", "warning", ref, "status", nearParams(status)));
    else if (status.status === "alias")
      issues.push(
        issueAt("follow-up-status-alias", "warning", ref, "status", {
          value: status.text,
          canonical: status.value,
        }),
      );
    amount(ref, "contractAmount", followUp.contractAmount);
    amount(ref, "disbursed", followUp.disbursed);
    date(ref, "contractDate", followUp.contractDate);
    date(ref, "completionDate", followUp.completionDate);
  });
  for (const row of parsed.followUpReports ?? []) {
    if (row.round.status === "invalid")
      issues.push(issueAt("unknown-follow-up-round", "warning", row.ref, "round", { value: row.round.text }));
    for (const field of FOLLOW_UP_REPORT_DATE_FIELDS) date(row.ref, field, row.dates[field]);
  }
  return issues;
};

/** The warning for a date that cannot be read (with the probable date for a two-digit year), or null. */
function dateIssue(
  ref: SourceRef,
  field: string,
  reading: Reading<IsoDate>,
  fiscalYear: number,
): Issue | null {
  if (reading.status !== "invalid") return null;
  if (reading.why?.kind === "twoDigitYear") {
    const { day, month, year } = reading.why;
    const meant = probableDate(day, month, year, fiscalYear);
    return issueAt("two-digit-year", "warning", ref, field, { value: reading.text, meant });
  }
  return issueAt("unreadable-date", "warning", ref, field, { value: reading.text });
}
