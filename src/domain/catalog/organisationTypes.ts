import type { OrganisationType } from "../model/plan";

/** The five kinds of อปท. with the long and short forms staff type; aliases are normalised with a warning. */
export const ORGANISATION_TYPES: readonly {
  readonly name: OrganisationType;
  readonly aliases: readonly string[];
}[] = [
  { name: "อบต.", aliases: ["อบต", "องค์การบริหารส่วนตำบล"] },
  { name: "เทศบาลตำบล", aliases: ["ทต.", "ทต"] },
  { name: "เทศบาลเมือง", aliases: ["ทม.", "ทม"] },
  { name: "เทศบาลนคร", aliases: ["ทน.", "ทน"] },
  { name: "อบจ.", aliases: ["อบจ", "องค์การบริหารส่วนจังหวัด"] },
];
