import { UNBUDGETED_SOURCES } from "../model/fundingSources";
import type { Equipment, Plan, Project } from "../model/plan";
import type { RollupOptions } from "./PlanSummary";

export interface SelectedRows {
  readonly projects: readonly Project[];
  readonly equipment: readonly Equipment[];
}

/**
 * The rows a roll-up counts: one edition's (or all, when `edition` is null), optionally without other
 * agencies' and no-budget projects. The exclusion is a ผด.01 option about projects, so equipment is
 * filtered by edition only.
 * @example selectRows(plan, { edition: "หลัก", excludeUnbudgeted: false }).projects.length //=> 21 (sample plan)
 */
export function selectRows(plan: Plan, options: RollupOptions): SelectedRows {
  const inEdition = (row: { readonly edition: string }): boolean =>
    options.edition === null || row.edition === options.edition;
  return {
    projects: plan.projects.filter(
      (p) => inEdition(p) && !(options.excludeUnbudgeted && UNBUDGETED_SOURCES.includes(p.fundingSource)),
    ),
    equipment: plan.equipment.filter(inEdition),
  };
}
