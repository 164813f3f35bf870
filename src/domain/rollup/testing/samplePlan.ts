import sample from "../../../sample/sample-plan-2570.json";
import { FISCAL_MONTHS } from "../../model/months";
import { bahtToSatang } from "../../model/money";
import { PlanSchema, type Plan } from "../../model/plan";

/** The fixture's own independently computed figures (baht), read as-is for assertions. */
export const sampleExpected = sample.expected;

const monthsOf = (names: readonly string[]): boolean[] => FISCAL_MONTHS.map((m) => names.includes(m));
const gregorian = (beDate: string): string => `${Number(beDate.slice(0, 4)) - 543}${beDate.slice(4)}`;

/**
 * The sample plan built straight from the JSON fixture (not through the parser, which is tested
 * separately), validated by the Plan schema so a fixture drift fails loudly.
 */
export function samplePlan(): Plan {
  return PlanSchema.parse({
    settings: {
      organisationName: sample.organisation.name,
      organisationType: sample.organisation.type,
      amphoe: sample.organisation.amphoe,
      changwat: sample.organisation.changwat,
      fiscalYear: sample.fiscalYear,
      executiveName: sample.organisation.executiveName,
      executivePosition: sample.organisation.executivePosition,
    },
    strategies: sample.strategies.map((s) => ({ number: s.number, name: s.name })),
    projects: sample.projects.map((p) => ({
      seq: String(p.no),
      strategyNumber: p.strategy,
      workPlan: p.workPlan,
      name: p.name,
      activityDetail: p.activityDetail,
      budget: bahtToSatang(p.budget),
      fundingSource: p.fundingSource,
      location: p.location,
      responsibleUnit: p.responsibleUnit,
      months: monthsOf(p.months),
      edition: p.edition,
      note: "",
      ...(p.budgetType ? { budgetType: p.budgetType } : {}),
      ...(p.expenditureCategory ? { expenditureCategory: p.expenditureCategory } : {}),
    })),
    equipment: sample.equipment.map((e) => ({
      seq: e.no,
      workPlan: e.workPlan,
      equipmentType: e.equipmentType,
      item: e.item,
      detail: e.detail,
      budget: bahtToSatang(e.budget),
      fundingSource: e.fundingSource,
      location: e.location,
      responsibleUnit: e.responsibleUnit,
      months: monthsOf(e.months),
      edition: e.edition,
      note: "",
    })),
    budgetLines: [],
    editions: sample.editions.map((e) => ({
      code: e.code,
      kind: e.code === "หลัก" ? "หลัก" : "เพิ่มเติม",
      number: "number" in e ? e.number : null,
      trigger: null,
      triggerText: e.trigger,
      triggerDate: gregorian(e.triggerDate),
      draftDate: null,
      committeeReviewDate: gregorian(e.committeeReviewDate),
      approvalDate: null,
      announcementDate: gregorian(e.announcementDate),
      postingStart: null,
      postingEnd: null,
    })),
  });
}
