import { UNBUDGETED_SOURCES } from "../model/fundingSources";
import type { Equipment, Plan, Project } from "../model/plan";
import type { RollupOptions } from "./PlanSummary";

export interface SelectedRows {
  readonly projects: readonly Project[];
  readonly equipment: readonly Equipment[];
}

/**
 * Whether a project counts in a roll-up: it is in the edition (any, when `edition` is null) and, with
 * `excludeUnbudgeted`, it is neither another agency's nor a no-budget project.
 */
export function projectSelector(options: RollupOptions): (project: Project) => boolean {
  const { edition, excludeUnbudgeted } = options;
  return (p) =>
    (edition === null || p.edition === edition) &&
    !(excludeUnbudgeted && UNBUDGETED_SOURCES.includes(p.fundingSource));
}

/**
 * Whether an equipment row counts: the exclusion is a ผด.01 option about projects, so equipment is
 * selected by edition only.
 */
export function equipmentSelector(options: RollupOptions): (equipment: Equipment) => boolean {
  const { edition } = options;
  return (e) => edition === null || e.edition === edition;
}

/**
 * The rows a roll-up counts (see projectSelector and equipmentSelector), in plan order.
 * @example selectRows(plan, { edition: "หลัก", excludeUnbudgeted: false }).projects.length //=> 21 (sample plan)
 */
export function selectRows(plan: Plan, options: RollupOptions): SelectedRows {
  return {
    projects: plan.projects.filter(projectSelector(options)),
    equipment: plan.equipment.filter(equipmentSelector(options)),
  };
}
