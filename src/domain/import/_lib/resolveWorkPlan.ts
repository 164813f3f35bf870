import { WORK_PLANS } from "../../catalog/workPlans";
import { matchKey } from "../../text/matchKey";

const squeeze = matchKey;

/** Every catalog spelling (name and aliases) with its canonical name, longest first so prefixes match best. */
const SPELLINGS = WORK_PLANS.flatMap((w) =>
  [w.name, ...w.aliases].map((s) => ({ spelling: squeeze(s), name: w.name })),
).sort((a, b) => b.spelling.length - a.spelling.length);

/**
 * Canonical work plan for a heading as typed ("แผนงานรักษาความสงบภายใน", "ผง.การศึกษา", "งบกลาง"), or null.
 * A heading may carry more after the name (a งาน, a note), so a catalog spelling at its start is enough.
 */
export function resolveWorkPlan(text: string): string | null {
  const plain = squeeze(text).replace(/^ผง\./u, "แผนงาน");
  return (
    SPELLINGS.find((s) => plain === s.spelling)?.name ??
    SPELLINGS.find((s) => plain.startsWith(s.spelling))?.name ??
    null
  );
}
