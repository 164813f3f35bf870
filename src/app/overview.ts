import { planEditions } from "../domain/editions/planEditions";
import { inputFingerprint } from "../domain/layout/inputFingerprint";
import { TemplateStructureError } from "../domain/parse/TemplateStructureError";
import { TEMPLATE_TABLES } from "../domain/template/templateSpec";
import type { PlanOverview } from "./AppServices";
import { analyseTables } from "./analyseWorkbook";
import { readPlanTables } from "./readPlanTables";
import { generatedSheets } from "./generatedSheets";
import type { WorkbookPort } from "./WorkbookPort";

/**
 * What the pane shows on top: organisation, fiscal year, editions, which template tables are missing,
 * and the generated sheets with whether each was built from the input as it is now (stale or not).
 * The tables are read once, for the fingerprint and the analysis alike.
 */
export async function overview(port: WorkbookPort): Promise<PlanOverview> {
  const { tables } = await readPlanTables(port);
  const present = new Set(tables.map((g) => g.name.toLowerCase()));
  const current = present.size > 0 ? inputFingerprint(tables) : null;
  const generated = generatedSheets(await port.listSheets(), current);
  const missingTables = TEMPLATE_TABLES.filter((t) => !t.optional && !present.has(t.table.toLowerCase())).map(
    (t) => t.table,
  );
  const empty: PlanOverview = {
    organisationName: "",
    fiscalYear: null,
    editions: [],
    templatePresent: false,
    missingTables,
    inputFingerprint: current,
    generatedSheets: generated,
  };
  if (missingTables.length > 0) return empty;
  try {
    const { plan } = analyseTables(tables);
    return {
      organisationName: plan.settings.organisationName,
      fiscalYear:
        Number.isInteger(plan.settings.fiscalYear) && plan.settings.fiscalYear > 0
          ? plan.settings.fiscalYear
          : null,
      editions: planEditions(plan),
      templatePresent: true,
      missingTables,
      inputFingerprint: current,
      generatedSheets: generated,
    };
  } catch (error) {
    // A renamed header: the tables exist, but the plan cannot be read until it is fixed.
    if (error instanceof TemplateStructureError) return { ...empty, templatePresent: true };
    throw error;
  }
}
