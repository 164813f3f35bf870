import { isoDateOf, isValidIsoDate } from "../../editions/isoDate";
import { EDITION_DATE_FIELDS } from "../../model/editionDateFields";
import type { IsoDate } from "../../model/plan";
import { valueOf } from "../../parse/Reading";
import { BUDDHIST_ERA_OFFSET } from "../../text/thaiMonthNames";
import type { Issue } from "../Issue";
import { issueAt } from "../issueAt";
import type { Rule } from "../Rule";

/** Where a plan's dates fall when its fiscal year is not known: the plans this tool is for. */
const DEFAULT_FISCAL_YEAR = 2570;

/**
 * A date in the Editions table that cannot be read is a warning (dates there are never required).
 * A date with a two-digit year is an error: "69" may be B.E. 2569 or AD 2069 and "26" B.E. 2526 or
 * AD 2026, and the notice prints the date; the message names the year nearest the plan's fiscal year.
 */
export const editionDates: Rule = ({ parsed }) => {
  const fiscalYear = valueOf(parsed.settings.fiscalYear) ?? DEFAULT_FISCAL_YEAR;
  const issues: Issue[] = [];
  for (const row of parsed.editions ?? []) {
    for (const field of EDITION_DATE_FIELDS) {
      const reading = row.dates[field];
      if (reading.status !== "invalid") continue;
      if (reading.why?.kind === "twoDigitYear") {
        const { day, month, year } = reading.why;
        const meant = probableDate(day, month, year, fiscalYear);
        issues.push(issueAt("two-digit-year", "error", row.ref, field, { value: reading.text, meant }));
      } else issues.push(issueAt("unreadable-date", "warning", row.ref, field, { value: reading.text }));
    }
  }
  return issues;
};

/** The date with the reading of a two-digit year (B.E. 25yy or AD 20yy) nearer the fiscal year. */
export function probableDate(day: number, month: number, twoDigits: number, fiscalYear: number): IsoDate {
  const asBuddhist = 2500 + twoDigits;
  const asGregorian = 2000 + twoDigits + BUDDHIST_ERA_OFFSET;
  const be =
    Math.abs(asGregorian - fiscalYear) < Math.abs(asBuddhist - fiscalYear) ? asGregorian : asBuddhist;
  const iso = isoDateOf(be - BUDDHIST_ERA_OFFSET, month, day);
  // 29 ก.พ. in a year without it: the month's last day, as near as the hint can be.
  return isValidIsoDate(iso) ? iso : isoDateOf(be - BUDDHIST_ERA_OFFSET, month, 28);
}
