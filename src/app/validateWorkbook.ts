import type { IsoDate } from "../domain/model/plan";
import type { ValidationReport } from "./AppServices";
import { analyseWorkbook } from "./analyseWorkbook";
import type { WorkbookPort } from "./WorkbookPort";

/**
 * Every issue of the plan, edition deadlines included, with counts. Reads only: validation never
 * changes the workbook.
 * @param today from the injected clock: procedure dates not yet due are not reported missing
 * @throws TemplateStructureError when a required table or header is missing.
 */
export async function validateWorkbook(
  port: WorkbookPort,
  today: IsoDate | null = null,
): Promise<ValidationReport> {
  const { issues } = await analyseWorkbook(port, today);
  const errorCount = issues.filter((i) => i.severity === "error").length;
  return { issues, errorCount, warningCount: issues.length - errorCount };
}
