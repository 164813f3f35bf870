import type { TableGrid } from "../grid/TableGrid";
import { locateTables } from "./locateTables";
import type { ParsedWorkbook } from "./ParsedWorkbook";
import { parseBudgetLines } from "./parseBudgetLines";
import { parseEditions } from "./parseEditions";
import { parseEquipment, parseProjects } from "./parseItems";
import { parseSettings } from "./parseSettings";
import { parseStrategies } from "./parseStrategies";
import { findCellErrors } from "./readTableRows";

/**
 * Reads raw template grids into a ParsedWorkbook without judging them.
 * @throws TemplateStructureError when a required table or header is missing.
 */
export function parseWorkbook(tables: readonly TableGrid[]): ParsedWorkbook {
  const located = locateTables(tables);
  const strategies = parseStrategies(located.strategies);
  const all = [
    located.settings,
    located.strategies,
    located.projects,
    located.equipment,
    located.editions,
    located.budgetLines,
  ];
  const present = all.filter((t) => t !== null);
  return {
    settings: parseSettings(located.settings),
    strategies,
    projects: parseProjects(located.projects, strategies),
    equipment: parseEquipment(located.equipment),
    editions: located.editions ? parseEditions(located.editions) : null,
    budgetLines: located.budgetLines ? parseBudgetLines(located.budgetLines) : null,
    cellErrors: present.flatMap(findCellErrors),
    sheetOrder: [...new Set(present.map((t) => t.grid.sheet))],
  };
}
