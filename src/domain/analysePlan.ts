import type { TableGrid } from "./grid/TableGrid";
import type { Plan } from "./model/plan";
import { buildPlan } from "./parse/buildPlan";
import { parseWorkbook } from "./parse/parseWorkbook";
import type { Issue } from "./validate/Issue";
import { PLAN_RULES } from "./validate/planRules";
import type { Rule } from "./validate/Rule";
import { sortIssues } from "./validate/sortIssues";

export interface PlanAnalysis {
  readonly plan: Plan;
  readonly issues: Issue[];
}

/**
 * Rules run by analysePlan. Add further checkers here (e.g. the edition-deadline checker:
 * `({ plan }) => checkEditionDeadlines(plan)`); each returns issues and never changes data.
 */
export const ANALYSIS_RULES: readonly Rule[] = [...PLAN_RULES];

/**
 * Reads the template tables as typed and checks them. `plan` holds only rows whose key fields could
 * be interpreted; every left-out row has an error in `issues`. Issues are sorted by sheet, row, column.
 * @param tables the workbook's tables as raw grids (both adapters deliver these)
 * @returns the plan and its issues
 * @throws TemplateStructureError when a required table (PlanSettings, Strategies, Projects, Equipment)
 *   or one of its required headers is missing
 * @example analysePlan(sampleTables()).issues.filter((i) => i.severity === "error") //=> []
 */
export function analysePlan(tables: readonly TableGrid[]): PlanAnalysis {
  return analysePlanWith(tables, ANALYSIS_RULES);
}

/** analysePlan with a chosen rule list (tests, or a caller that adds its own checkers). */
export function analysePlanWith(tables: readonly TableGrid[], rules: readonly Rule[]): PlanAnalysis {
  const parsed = parseWorkbook(tables);
  const plan = buildPlan(parsed);
  const issues = rules.flatMap((rule) => rule({ parsed, plan }));
  return { plan, issues: sortIssues(issues, parsed.sheetOrder) };
}
