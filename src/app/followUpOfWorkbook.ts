import { followUpTimeline, type FollowUpTimelineStep } from "../domain/editions/followUpTimeline";
import type { FollowUpReport } from "../domain/followUp/FollowUpReport";
import { reportProgress } from "../domain/followUp/reportProgress";
import type { IsoDate, Plan } from "../domain/model/plan";
import { analyseWorkbook } from "./analyseWorkbook";
import type { WorkbookPort } from "./WorkbookPort";

/** What the pane's step 6 shows: the follow-up as of a date and the follow-up rounds' deadlines. */
export interface FollowUpView {
  readonly report: FollowUpReport;
  readonly timeline: readonly FollowUpTimelineStep[];
  /** Whether any follow-up value is recorded at all (else the pane says how to start). */
  readonly recorded: boolean;
}

/** Whether any project or equipment row has a follow-up value. */
export function hasFollowUp(plan: Plan): boolean {
  return [...plan.projects, ...plan.equipment].some((row) => row.followUp !== undefined);
}

/**
 * The follow-up of one edition (or all, when null) as of `asOf`, with the rounds' timeline. Rows with
 * errors in their key fields are left out (validation says why), as in the totals.
 * @param asOf from the injected clock: today, or a round's last day
 */
export async function followUpOfWorkbook(
  port: WorkbookPort,
  edition: string | null,
  asOf: IsoDate,
): Promise<FollowUpView> {
  const { plan } = await analyseWorkbook(port, asOf);
  return {
    report: reportProgress(plan, { edition, asOf }),
    timeline: followUpTimeline(plan, asOf),
    recorded: hasFollowUp(plan),
  };
}
