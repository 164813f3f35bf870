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

/** Every spelling of every kind, longest first, so "อบต." is tried before "อบต". */
const SPELLINGS = ORGANISATION_TYPES.flatMap(({ name, aliases }) =>
  [name, ...aliases].map((spelling) => ({ spelling, type: name })),
).sort((a, b) => b.spelling.length - a.spelling.length);

/** Short forms without their dot start ordinary words too (ทนาย, ทมิฬ): they count only as a word of their own. */
const needsWordEnd = (spelling: string): boolean => !spelling.endsWith(".") && spelling.length <= 3;

/**
 * The kind of อปท. a name or title line starts with, and the spelling it starts with; null when it
 * starts with none.
 * @example organisationTypeAtStart("ทต.บึงวิชัย") //=> { type: "เทศบาลตำบล", spelling: "ทต." }
 */
export function organisationTypeAtStart(
  text: string,
): { readonly type: OrganisationType; readonly spelling: string } | null {
  const found = SPELLINGS.find(
    ({ spelling }) =>
      text.startsWith(spelling) && (!needsWordEnd(spelling) || /^(\s|$)/u.test(text.slice(spelling.length))),
  );
  return found ?? null;
}
