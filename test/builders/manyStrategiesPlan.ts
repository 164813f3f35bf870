import { WORK_PLANS } from "../../src/domain/catalog/workPlans";
import type { Plan } from "../../src/domain/model/plan";
import { aPlan, aProject } from "./planBuilders";

/** A plan of `strategies` strategies with long names, each with `workPlansEach` work plans of one project. */
export function manyStrategiesPlan(strategies: number, workPlansEach: number): Plan {
  return aPlan({
    strategies: Array.from({ length: strategies }, (_, i) => ({
      number: i + 1,
      name: `ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน เศรษฐกิจ สังคม และการบริหารจัดการที่ดี ที่ ${i + 1}`,
    })),
    projects: Array.from({ length: strategies * workPlansEach }, (_, k) =>
      aProject({
        seq: String(k + 1),
        strategyNumber: Math.floor(k / workPlansEach) + 1,
        workPlan: WORK_PLANS[k % WORK_PLANS.length]?.name ?? "แผนงานบริหารงานทั่วไป",
        name: `โครงการที่ ${k + 1}`,
      }),
    ),
  });
}
