import { hasCalendar, monthsPassed, scheduledMonths } from "../../followUp/schedule";
import { NOT_STARTED } from "../../model/followUp";
import type { IsoDate } from "../../model/plan";
import { BLANK_FOLLOW_UP } from "../../parse/parseFollowUp";
import type { ParsedItem } from "../../parse/ParsedWorkbook";
import { valueOf } from "../../parse/Reading";
import type { Issue } from "../Issue";
import { issueAt } from "../issueAt";
import type { Rule } from "../Rule";

/**
 * Projects (and equipment) not started although months marked in the plan have passed as of `asOf`
 * (a month passes on its last day), a warning at the status cell. Only in tables where the follow-up
 * is kept (some row has a follow-up value): a plan whose staff do not record statuses is not flooded
 * with warnings that every project is late. `asOf` comes from the injected clock.
 * @example behindSchedule("2026-12-02") // a rule: a project marked ต.ค. still not started is warned
 */
export function behindSchedule(asOf: IsoDate): Rule {
  return ({ parsed }) => {
    const fiscalYear = valueOf(parsed.settings.fiscalYear);
    if (fiscalYear === undefined || !hasCalendar(fiscalYear)) return [];
    const passed = monthsPassed(fiscalYear, asOf);
    if (passed === 0) return [];
    const issues: Issue[] = [];
    for (const rows of [parsed.projects, parsed.equipment] as readonly (readonly ParsedItem[])[]) {
      if (!rows.some((row) => row.followUp !== BLANK_FOLLOW_UP)) continue;
      for (const row of rows) {
        const { status } = row.followUp;
        // An unreadable status has its own warning; only a status read as (or left) not started counts.
        if (status.status !== "blank" && valueOf(status) !== NOT_STARTED) continue;
        const months = scheduledMonths(row.months);
        if (months === null || months.first >= passed) continue;
        const passedMonths = row.months.slice(0, passed).filter(Boolean).length;
        issues.push(
          issueAt("behind-schedule", "warning", row.ref, "status", {
            firstMonth: months.first,
            passedMonths,
            fiscalYear,
            asOf,
            status: status.status === "blank" ? "" : NOT_STARTED,
          }),
        );
      }
    }
    return issues;
  };
}
