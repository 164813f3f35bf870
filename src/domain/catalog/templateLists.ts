import { FUNDING_SOURCES } from "../model/fundingSources";
import type { ListKey } from "../template/templateSpec";
import { CATALOG } from "./catalog";
import { EDITION_TRIGGER_LABELS } from "./editionTriggers";
import { FOLLOW_UP_STATUSES } from "./followUpStatuses";
import { ORGANISATION_TYPES } from "./organisationTypes";

/**
 * The dropdown values of each template list, from the catalog. "strategies" is empty because that
 * dropdown points at the Strategies table the user fills in.
 * @example templateLists().budgetTypes[0] //=> "งบกลาง"
 */
export function templateLists(): Record<ListKey, string[]> {
  const categories = Object.values(CATALOG.budgetCategories).flat();
  return {
    strategies: [],
    workPlans: CATALOG.workPlans.map((w) => w.name),
    fundingSources: Object.values(FUNDING_SOURCES),
    equipmentTypes: CATALOG.equipmentTypes.map((t) => t.name),
    budgetTypes: Object.keys(CATALOG.budgetCategories),
    expenditureCategories: [...new Set(categories)],
    organisationTypes: ORGANISATION_TYPES.map((o) => o.name),
    editionTriggers: Object.values(EDITION_TRIGGER_LABELS),
    followUpStatuses: [...FOLLOW_UP_STATUSES],
  };
}
