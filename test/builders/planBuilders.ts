import { MonthMaskSchema, type MonthMask } from "../../src/domain/model/months";
import type { Edition, Equipment, Plan, Project } from "../../src/domain/model/plan";

/** Test builders with defaults: a test states only what it changes. */
export function monthMask(...active: number[]): MonthMask {
  return MonthMaskSchema.parse(Array.from({ length: 12 }, (_, i) => active.includes(i)));
}

export function aProject(overrides: Partial<Project> = {}): Project {
  return {
    seq: "1",
    strategyNumber: 1,
    workPlan: "แผนงานการศึกษา",
    name: "โครงการทดสอบ",
    activityDetail: "",
    budget: 10_000_00,
    fundingSource: "ORD",
    location: "หมู่ที่ 1",
    responsibleUnit: "สำนักปลัด",
    months: monthMask(0),
    edition: "หลัก",
    note: "",
    ...overrides,
  };
}

export function anEquipment(overrides: Partial<Equipment> = {}): Equipment {
  return {
    seq: "1",
    workPlan: "แผนงานบริหารงานทั่วไป",
    equipmentType: "ครุภัณฑ์สำนักงาน",
    item: "โต๊ะทำงาน",
    detail: "",
    budget: 5_000_00,
    fundingSource: "ORD",
    location: "",
    responsibleUnit: "สำนักปลัด",
    months: monthMask(0),
    edition: "หลัก",
    note: "",
    ...overrides,
  };
}

export function anEdition(overrides: Partial<Edition> = {}): Edition {
  return {
    code: "หลัก",
    kind: "หลัก",
    number: null,
    trigger: "budgetOrdinance",
    triggerText: "",
    triggerDate: null,
    draftDate: null,
    committeeReviewDate: null,
    approvalDate: null,
    announcementDate: null,
    postingStart: null,
    postingEnd: null,
    ...overrides,
  };
}

export function aPlan(overrides: Partial<Plan> = {}): Plan {
  return {
    settings: {
      organisationName: "องค์การบริหารส่วนตำบลทดสอบ",
      organisationType: "อบต.",
      amphoe: "เมือง",
      changwat: "มหาสารคาม",
      fiscalYear: 2570,
      executiveName: "",
      executivePosition: "",
    },
    strategies: [
      { number: 1, name: "ยุทธศาสตร์ที่หนึ่ง" },
      { number: 2, name: "ยุทธศาสตร์ที่สอง" },
      { number: 3, name: "ยุทธศาสตร์ที่สาม" },
    ],
    projects: [],
    equipment: [],
    budgetLines: [],
    editions: [],
    ...overrides,
  };
}
