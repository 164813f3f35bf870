import { ORGANISATION_TYPES } from "../../catalog/organisationTypes";
import type { Plan } from "../../model/plan";

/**
 * How an organisation's name may start before its place name: each kind of อปท. in the catalog, long
 * and short forms, longest first (so "อบต." is tried before "อบต").
 */
const ORGANISATION_KINDS = ORGANISATION_TYPES.flatMap((type) => [type.name, ...type.aliases]).sort(
  (a, b) => b.length - a.length,
);

/**
 * Names a printed line must not break inside: the organisation's place name (หนองแสงทอง, which ICU
 * splits into หนอง|แสง|ทอง), its อำเภอ and จังหวัด, and the executive's name.
 */
export function properNames(plan: Plan): string[] {
  const { organisationName, amphoe, changwat, executiveName } = plan.settings;
  const kind = ORGANISATION_KINDS.find((prefix) => organisationName.startsWith(prefix));
  const place = kind === undefined ? organisationName : organisationName.slice(kind.length);
  return [place, amphoe, changwat, executiveName].filter((name) => name.trim() !== "");
}
