import type { Tally } from "../PlanSummary";

/** Count and exact satang total of budgeted rows. */
export function tally(rows: readonly { readonly budget: number }[]): Tally {
  // Summed in place (satang are integers, so the total is exact), without an array of amounts per
  // group: roll-ups tally the same 50,000 rows at several levels.
  let budget = 0;
  for (const row of rows) budget += row.budget;
  return { projects: rows.length, budget };
}
