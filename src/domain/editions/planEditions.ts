import { MAIN_EDITION } from "../model/editionCode";
import type { Plan } from "../model/plan";

/**
 * Edition codes the plan uses, main edition first, then the others in the order the plan names them
 * (Editions table, then projects, then equipment): a row may name an edition the table lacks, and its
 * tables must still be built.
 * @example planEditions(plan) //=> ["หลัก", "เพิ่มเติม 1/2570"]
 */
export function planEditions(plan: Plan): string[] {
  const unique = [
    ...new Set([
      ...plan.editions.map((e) => e.code),
      ...plan.projects.map((p) => p.edition),
      ...plan.equipment.map((e) => e.edition),
    ]),
  ];
  return [...unique.filter((c) => c === MAIN_EDITION), ...unique.filter((c) => c !== MAIN_EDITION)];
}
