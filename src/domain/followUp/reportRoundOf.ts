import type { FollowUpRound } from "../model/followUpReport";
import type { Plan } from "../model/plan";
import type { FollowUpReport } from "./FollowUpReport";
import { roundAsOf } from "./reportRounds";
import { reportProgress } from "./reportProgress";

/** A round's report: as of its last day (31 มี.ค. or 30 ก.ย. of the plan's fiscal year). */
export function reportRoundOf(plan: Plan, round: FollowUpRound, edition: string | null): FollowUpReport {
  return reportProgress(plan, { edition, asOf: roundAsOf(round, plan.settings.fiscalYear) });
}
