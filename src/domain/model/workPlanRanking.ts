/**
 * Work plans in the order the plan itself first lists them, which is how staff number them
 * (1.1, 1.2 …) and what the reference plan book shows; catalog order breaks ties for names never
 * listed. Ranked over the whole plan, so every edition's tables number work plans the same way.
 * @example workPlanRanking([{ workPlan: "แผนงานการศึกษา" }, { workPlan: "แผนงานสาธารณสุข" }])("แผนงานสาธารณสุข") //=> 1
 */
import { WORK_PLANS, workPlanOrder } from "../catalog/workPlans";

export function workPlanRanking(rows: readonly { readonly workPlan: string }[]): (name: string) => number {
  const firstSeen = new Map<string, number>();
  for (const row of rows) if (!firstSeen.has(row.workPlan)) firstSeen.set(row.workPlan, firstSeen.size);
  return (name) => firstSeen.get(name) ?? firstSeen.size + workPlanOrder(name) + WORK_PLANS.length;
}
