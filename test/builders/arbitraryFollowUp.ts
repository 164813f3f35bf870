import fc from "fast-check";
import { FOLLOW_UP_STATUSES } from "../../src/domain/catalog/followUpStatuses";
import { addDays } from "../../src/domain/editions/isoDate";
import type { FollowUp } from "../../src/domain/model/followUp";
import type { Plan } from "../../src/domain/model/plan";
import { arbitraryPlan } from "./arbitraryPlan";

/** A date around FY 2570 (a little before and after it too), or none. */
const date = fc.option(
  fc.integer({ min: -40, max: 405 }).map((offset) => addDays("2026-10-01", offset)),
  { nil: null },
);
/** An amount in satang, or none: zero, small, and large. */
const amount = fc.option(
  fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10_000_00 }), fc.integer({ min: 0, max: 1e12 })),
  { nil: null },
);

export const arbitraryFollowUp: fc.Arbitrary<FollowUp | undefined> = fc.option(
  fc.record({
    status: fc.constantFrom(...FOLLOW_UP_STATUSES),
    contractDate: date,
    contractAmount: amount,
    disbursed: amount,
    completionDate: date,
    problems: fc.constantFrom("", "", "ฝนตกหนัก", "ผู้รับจ้างทิ้งงาน"),
  }),
  { nil: undefined },
);

/** arbitraryPlan (FY 2570) with a follow-up (or none) on every project and equipment row. */
export const arbitraryFollowUpPlan: fc.Arbitrary<Plan> = arbitraryPlan.chain((plan) =>
  fc
    .record({
      projects: fc.array(arbitraryFollowUp, {
        minLength: plan.projects.length,
        maxLength: plan.projects.length,
      }),
      equipment: fc.array(arbitraryFollowUp, {
        minLength: plan.equipment.length,
        maxLength: plan.equipment.length,
      }),
    })
    .map(({ projects, equipment }) => ({
      ...plan,
      projects: plan.projects.map((p, i) => ({ ...p, followUp: projects[i] })),
      equipment: plan.equipment.map((e, i) => ({ ...e, followUp: equipment[i] })),
    })),
);

/** Any day from before FY 2570 to after it. */
export const arbitraryAsOf = fc
  .integer({ min: -60, max: 430 })
  .map((offset) => addDays("2026-10-01", offset));
