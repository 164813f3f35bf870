import { organisationTypeAtStart } from "../../catalog/organisationTypes";
import type { Plan } from "../../model/plan";

/**
 * Names a printed line must not break inside: the organisation's place name (หนองแสงทอง, which ICU
 * splits into หนอง|แสง|ทอง), its อำเภอ and จังหวัด, and the executive's name.
 */
export function properNames(plan: Plan): string[] {
  const { organisationName, amphoe, changwat, executiveName } = plan.settings;
  const kind = organisationTypeAtStart(organisationName)?.spelling ?? "";
  const place = organisationName.slice(kind.length);
  return [place, amphoe, changwat, executiveName].filter((name) => name.trim() !== "");
}
