import { changesProjects } from "../domain/editions/editionChanges";
import { CONSOLIDATED_EDITION } from "../domain/layout/LayoutOptions";
import { layoutOfficialTables } from "../domain/layout/layoutOfficialTables";
import type { SheetSpec } from "../domain/layout/SheetSpec";
import type { Plan } from "../domain/model/plan";
import type { BuildOptions, BuildProgress, BuildReport } from "./AppServices";
import { analyseWorkbook, type WorkbookAnalysis } from "./analyseWorkbook";
import { layoutOptionsOf } from "./PrintChoices";
import type { SheetInfo, WorkbookPort } from "./WorkbookPort";

/** Sheets per edition: ผด.01, ผด.02, ผด.02-1 and ประกาศ (+ เปรียบเทียบ for เปลี่ยนแปลง/แก้ไข); the consolidated set has no notice. */
const SHEETS_PER_EDITION = 4;
const SHEETS_CONSOLIDATED = 3;

/**
 * Lays out and writes the official tables of each requested edition (and the consolidated set on
 * request). Refuses when the plan has errors: returns them as blocking issues and writes nothing.
 * Each sheet is stamped with the input's fingerprint, so later reads can tell it is stale. Generated
 * sheets of editions the plan no longer has are then deleted: no rebuild could ever refresh them.
 * @param clock ISO timestamp for the owner marks (injected: the core never reads the system clock)
 * @throws SheetNameTakenError when a target name is a user's sheet (nothing is written)
 * @throws TemplateStructureError when a required table or header is missing
 */
export async function buildTables(
  port: WorkbookPort,
  options: BuildOptions,
  clock: () => string,
  onProgress?: (progress: BuildProgress) => void,
): Promise<BuildReport> {
  return buildTablesFrom(port, await analyseWorkbook(port), options, clock, onProgress);
}

/**
 * buildTables over an analysis the caller already made (the CLI needs the plan's editions first, and
 * reads the workbook once). The analysis must be of `port` as it is now: its fingerprint is stamped on
 * the sheets.
 */
export async function buildTablesFrom(
  port: WorkbookPort,
  { plan, issues, inputFingerprint }: WorkbookAnalysis,
  options: BuildOptions,
  clock: () => string,
  onProgress?: (progress: BuildProgress) => void,
): Promise<BuildReport> {
  const blockingIssues = issues.filter((i) => i.severity === "error");
  if (blockingIssues.length > 0) return { sheets: [], removedSheets: [], blockingIssues, manualSteps: [] };

  const sets: (string | null)[] = [...options.editions, ...(options.consolidated ? [null] : [])];
  const total =
    options.editions.length * SHEETS_PER_EDITION +
    options.editions.filter(changesProjects).length +
    (options.consolidated ? SHEETS_CONSOLIDATED : 0);
  const specs: SheetSpec[] = [];
  for (const edition of sets) {
    const laidOut = layoutOfficialTables(plan, layoutOptionsOf(edition, options));
    for (const spec of laidOut) {
      specs.push(spec);
      onProgress?.({ phase: "layout", done: specs.length, total, sheet: spec.name });
    }
  }
  // One write for all sheets, so a refused name leaves every sheet as it was.
  const sheets = specs.length;
  onProgress?.({ phase: "write", sheets, batches: null });
  const { manualSteps } = await port.writeSheets(specs, clock(), inputFingerprint, (batches) =>
    onProgress?.({ phase: "write", sheets, batches }),
  );
  const removedSheets = await port.removeOwnedSheets(orphanedSheets(await port.listSheets(), plan));
  return { sheets: specs.map((s) => s.name), removedSheets, blockingIssues: [], manualSteps };
}

/**
 * Generated sheets whose edition the plan no longer has (its code was changed or its rows taken out).
 * The consolidated set belongs to no single edition and stays; other editions' sets stay too.
 */
export function orphanedSheets(sheets: readonly SheetInfo[], plan: Plan): string[] {
  const editions = new Set(plan.editions.map((e) => e.code));
  return sheets.flatMap(({ name, owner }) =>
    owner !== null && owner.edition !== CONSOLIDATED_EDITION && !editions.has(owner.edition) ? [name] : [],
  );
}
