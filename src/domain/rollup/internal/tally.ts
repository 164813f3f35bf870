import { sumSatang } from "../../model/money";
import type { Tally } from "../PlanSummary";

/** Count and exact satang total of budgeted rows. */
export function tally(rows: readonly { readonly budget: number }[]): Tally {
  return { projects: rows.length, budget: sumSatang(rows.map((row) => row.budget)) };
}
