import fc from "fast-check";
import { WORK_PLANS } from "../../src/domain/catalog/workPlans";
import { EQUIPMENT_TYPES } from "../../src/domain/catalog/equipmentTypes";
import { FundingSourceCodeSchema } from "../../src/domain/model/fundingSources";
import type { Plan } from "../../src/domain/model/plan";
import { aPlan, aProject, anEquipment } from "./planBuilders";

const EDITIONS = ["หลัก", "เพิ่มเติม 1/2570", "แก้ไข 1/2570"] as const;

/** Budgets in satang: often zero, often small, sometimes near the largest real budgets (10^10 baht). */
const satang = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 10_000_00 }),
  fc.integer({ min: 0, max: 1e12 }),
);
const mask = fc.array(fc.boolean(), { minLength: 12, maxLength: 12 });

const project = fc
  .record({
    strategyNumber: fc.integer({ min: 1, max: 4 }),
    workPlan: fc.constantFrom(...WORK_PLANS.map((w) => w.name), "แผนงานที่ไม่รู้จัก"),
    budget: satang,
    fundingSource: fc.constantFrom(...FundingSourceCodeSchema.options),
    responsibleUnit: fc.constantFrom("สำนักปลัด", "กองคลัง", "กองช่าง", ""),
    months: mask,
    edition: fc.constantFrom(...EDITIONS),
  })
  .map((fields) => aProject(fields));

const equipment = fc
  .record({
    workPlan: fc.constantFrom(...WORK_PLANS.map((w) => w.name)),
    equipmentType: fc.constantFrom(...EQUIPMENT_TYPES.map((t) => t.name)),
    budget: satang,
    edition: fc.constantFrom(...EDITIONS),
  })
  .map((fields) => anEquipment(fields));

/** Small arbitrary plans: up to 40 projects over 4 strategies (strategy 4 has no name on purpose). */
export const arbitraryPlan: fc.Arbitrary<Plan> = fc
  .record({
    projects: fc.array(project, { maxLength: 40 }),
    equipment: fc.array(equipment, { maxLength: 10 }),
  })
  .map((rows) => aPlan(rows));

/** An edition filter: one of the codes used, an unused one, or consolidated. */
export const arbitraryEdition = fc.constantFrom<string | null>(null, ...EDITIONS, "เปลี่ยนแปลง 9/2570");
