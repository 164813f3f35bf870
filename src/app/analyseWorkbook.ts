import { analysePlan } from "../domain/analysePlan";
import type { Plan } from "../domain/model/plan";
import { TEMPLATE_TABLES } from "../domain/template/templateSpec";
import type { Issue } from "../domain/validate/Issue";
import type { WorkbookPort } from "./WorkbookPort";

/** Names of every template table, required and optional, as readers look them up. */
export const PLAN_TABLE_NAMES: readonly string[] = TEMPLATE_TABLES.map((t) => t.table);

/**
 * Reads the template tables and analyses them.
 * @throws TemplateStructureError when a required table or header is missing.
 */
export async function analyseWorkbook(port: WorkbookPort): Promise<{ plan: Plan; issues: Issue[] }> {
  return analysePlan(await port.readTables(PLAN_TABLE_NAMES));
}
