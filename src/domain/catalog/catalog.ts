import { BUDGET_CATEGORIES, BUDGET_TYPE_ALIASES } from "./budgetCategories";
import { EDITION_TRIGGER_LABELS } from "./editionTriggers";
import { EQUIPMENT_TYPES, type EquipmentTypeEntry } from "./equipmentTypes";
import { ORGANISATION_TYPES } from "./organisationTypes";
import { UNITS, type UnitEntry } from "./units";
import { WORK_PLANS, type WorkPlanEntry } from "./workPlans";

/**
 * Every classification list the parser and rules use, with the version it follows, so a new DLA
 * classification is one new object rather than edits across the rules.
 */
export interface Catalog {
  readonly version: string;
  /** B.E. fiscal year from which this classification is in force. */
  readonly validFromFiscalYear: number;
  readonly workPlans: readonly WorkPlanEntry[];
  readonly budgetCategories: Readonly<Record<string, readonly string[]>>;
  readonly budgetTypeAliases: Readonly<Record<string, string>>;
  readonly equipmentTypes: readonly EquipmentTypeEntry[];
  readonly units: readonly UnitEntry[];
}

export const CATALOG: Catalog = {
  version: "มท 0808.2/ว 1095 (2564)",
  validFromFiscalYear: 2565,
  workPlans: WORK_PLANS,
  budgetCategories: BUDGET_CATEGORIES,
  budgetTypeAliases: BUDGET_TYPE_ALIASES,
  equipmentTypes: EQUIPMENT_TYPES,
  units: UNITS,
};

export { EDITION_TRIGGER_LABELS, ORGANISATION_TYPES };
