import type { TableGrid } from "../grid/TableGrid";
import { locateTables } from "./locateTables";
import type { ParsedWorkbook } from "./ParsedWorkbook";
import { parseBudgetLines } from "./parseBudgetLines";
import { parseDevPlanProjects } from "./parseDevPlan";
import { parseEditions } from "./parseEditions";
import { parseFollowUpReports } from "./parseFollowUpReports";
import { parseEquipment, parseProjects } from "./parseItems";
import { parseSettings } from "./parseSettings";
import { parseStrategies } from "./parseStrategies";
import { boundPlanTotal, newPlanTotal } from "./boundPlanTotal";
import { findCellErrors, findFormulas } from "./readTableRows";
import { tableReport } from "./tableReport";

/**
 * Reads raw template grids into a ParsedWorkbook without judging them. Rows typed directly below a
 * table are read as its rows; amounts that would take the plan's total to MAX_BAHT read as too large.
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
    located.followUpReports,
    located.devPlanProjects,
  ];
  const present = all.filter((t) => t !== null);
  // Projects and equipment are summed together (the plan's budget); the ordinance's lines apart.
  const itemsTotal = newPlanTotal();
  const projects = boundPlanTotal(parseProjects(located.projects, strategies), "budget", itemsTotal);
  const equipment = boundPlanTotal(parseEquipment(located.equipment), "budget", itemsTotal);
  const budgetLines = located.budgetLines
    ? boundPlanTotal(parseBudgetLines(located.budgetLines), "amount", newPlanTotal())
    : null;
  return {
    settings: parseSettings(located.settings),
    strategies,
    projects,
    equipment,
    editions: located.editions ? parseEditions(located.editions) : null,
    budgetLines,
    followUpReports: located.followUpReports ? parseFollowUpReports(located.followUpReports) : null,
    devPlanProjects: located.devPlanProjects
      ? parseDevPlanProjects(located.devPlanProjects, strategies)
      : null,
    cellErrors: present.flatMap(findCellErrors),
    formulas: present.flatMap(findFormulas),
    tableReports: present.map(tableReport),
    sheetOrder: [...new Set(present.map((t) => t.grid.sheet))],
  };
}
