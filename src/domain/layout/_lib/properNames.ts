import { organisationTypeAtStart } from "../../catalog/organisationTypes";
import type { Plan } from "../../model/plan";

/**
 * Names a printed line must not break inside: the organisation's place name (หนองแสงทอง, which ICU
 * splits into หนอง|แสง|ทอง), its อำเภอ and จังหวัด, the executive's name, and the responsible units
 * (กองสาธารณสุขและสิ่งแวดล้อม is one unit, not a phrase to break at its และ).
 */
export function properNames(plan: Plan): string[] {
  const { organisationName, amphoe, changwat, executiveName } = plan.settings;
  const kind = organisationTypeAtStart(organisationName)?.spelling ?? "";
  const place = organisationName.slice(kind.length);
  const units = new Set([...plan.projects, ...plan.equipment].map((row) => row.responsibleUnit));
  return [place, amphoe, changwat, executiveName, ...units].filter((name) => name.trim() !== "");
}
