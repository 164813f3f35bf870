import { layoutFollowUpSheets, type FollowUpSheetSet } from "../domain/layout/layoutFollowUpSheets";
import type { SheetSpec } from "../domain/layout/SheetSpec";
import type { BuildReport, FontChoice } from "./AppServices";
import { analyseWorkbook, type WorkbookAnalysis } from "./analyseWorkbook";
import type { WorkbookPort } from "./WorkbookPort";

export interface FollowUpSheetOptions {
  /** Which reports: the 6-month one, the 12-month one, the December report (12 months and notice). */
  readonly sets: readonly FollowUpSheetSet[];
  /** One edition, or null for every edition together (the usual follow-up of the year). */
  readonly edition: string | null;
  readonly thaiDigits: boolean;
  readonly font: FontChoice;
  /** The notice of the results is signed as a typed copy, "(ลงชื่อ)" first (default: an original). */
  readonly signatureMark?: boolean;
}

/**
 * Lays out and writes the follow-up report sheets (with the input's fingerprint, as the official
 * tables). Refuses when the plan has errors, as building the tables does: rows left out would be
 * missing from the figures. Writes nothing then.
 * @param clock ISO timestamp for the owner marks (injected: the core never reads the system clock)
 * @throws SheetNameTakenError when a target name is a user's sheet (nothing is written)
 */
export async function buildFollowUpSheets(
  port: WorkbookPort,
  options: FollowUpSheetOptions,
  clock: () => string,
): Promise<BuildReport> {
  return buildFollowUpSheetsFrom(port, await analyseWorkbook(port), options, clock);
}

/** buildFollowUpSheets over an analysis of `port` as it is now (its fingerprint is stamped on the sheets). */
export async function buildFollowUpSheetsFrom(
  port: WorkbookPort,
  { plan, issues, inputFingerprint }: WorkbookAnalysis,
  options: FollowUpSheetOptions,
  clock: () => string,
): Promise<BuildReport> {
  const blockingIssues = issues.filter((i) => i.severity === "error");
  if (blockingIssues.length > 0) return { sheets: [], removedSheets: [], blockingIssues, manualSteps: [] };
  const specs: SheetSpec[] = [];
  for (const set of options.sets)
    for (const spec of layoutFollowUpSheets(plan, set, options))
      if (!specs.some((s) => s.name === spec.name)) specs.push(spec);
  const { manualSteps } = await port.writeSheets(specs, clock(), inputFingerprint);
  return { sheets: specs.map((s) => s.name), removedSheets: [], blockingIssues: [], manualSteps };
}
