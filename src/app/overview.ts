import { MAIN_EDITION } from "../domain/model/editionCode";
import { TemplateStructureError } from "../domain/parse/TemplateStructureError";
import { TEMPLATE_TABLES } from "../domain/template/templateSpec";
import { inputFingerprint } from "../domain/layout/inputFingerprint";
import type { GeneratedSheet, PlanOverview } from "./AppServices";
import { analyseWorkbook, PLAN_TABLE_NAMES } from "./analyseWorkbook";
import type { WorkbookPort } from "./WorkbookPort";

/** Main edition first, then the others in the order the plan lists them. */
function editionOrder(codes: readonly string[]): string[] {
  const unique = [...new Set(codes)];
  return [...unique.filter((c) => c === MAIN_EDITION), ...unique.filter((c) => c !== MAIN_EDITION)];
}

/**
 * What the pane shows on top: organisation, fiscal year, editions, which template tables are missing,
 * and the generated sheets with whether each was built from the input as it is now (issue #7).
 */
export async function overview(port: WorkbookPort): Promise<PlanOverview> {
  const tables = await port.readTables(PLAN_TABLE_NAMES);
  const present = new Set(tables.map((g) => g.name.toLowerCase()));
  const current = present.size > 0 ? inputFingerprint(tables) : null;
  const generatedSheets = (await port.listSheets()).flatMap(({ name, owner }): GeneratedSheet[] => {
    if (owner === null) return [];
    const built = owner.inputFingerprint ?? null;
    return [
      {
        name,
        edition: owner.edition,
        generatedAt: owner.generatedAt,
        inputFingerprint: built,
        stale: built === null || built !== current,
      },
    ];
  });
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
    generatedSheets,
  };
  if (missingTables.length > 0) return empty;
  try {
    const { plan } = await analyseWorkbook(port);
    const editions = editionOrder([
      ...plan.editions.map((e) => e.code),
      ...plan.projects.map((p) => p.edition),
      ...plan.equipment.map((e) => e.edition),
    ]);
    return {
      organisationName: plan.settings.organisationName,
      fiscalYear:
        Number.isInteger(plan.settings.fiscalYear) && plan.settings.fiscalYear > 0
          ? plan.settings.fiscalYear
          : null,
      editions,
      templatePresent: true,
      missingTables,
      inputFingerprint: current,
      generatedSheets,
    };
  } catch (error) {
    // A renamed header: the tables exist, but the plan cannot be read until it is fixed.
    if (error instanceof TemplateStructureError) return { ...empty, templatePresent: true };
    throw error;
  }
}
