import type { FollowUpRound } from "../model/followUpReport";
import type { IsoDate } from "../model/plan";
import { fiscalMonthEnd, hasCalendar } from "./schedule";

/** The last fiscal month a round reports (0 = ต.ค.): มี.ค. for the 6-month round, ก.ย. for the year. */
export const ROUND_LAST_MONTH: Readonly<Record<FollowUpRound, number>> = { "6": 5, "12": 11 };

/**
 * The date a round reports as of: 31 มี.ค. and 30 ก.ย. of the fiscal year.
 * @example roundAsOf("6", 2570) //=> "2027-03-31"
 */
export function roundAsOf(round: FollowUpRound, fiscalYear: number): IsoDate {
  // A plan without a usable year (an error already) reports as of the year these plans are made for.
  return fiscalMonthEnd(hasCalendar(fiscalYear) ? fiscalYear : 2570, ROUND_LAST_MONTH[round]);
}
