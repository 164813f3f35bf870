import type { ValidationReport } from "./AppServices";
import { analyseWorkbook } from "./analyseWorkbook";
import type { WorkbookPort } from "./WorkbookPort";

/**
 * Every issue of the plan, with counts. Reads only: validation never changes the workbook.
 * @throws TemplateStructureError when a required table or header is missing.
 */
export async function validateWorkbook(port: WorkbookPort): Promise<ValidationReport> {
  const { issues } = await analyseWorkbook(port);
  const errorCount = issues.filter((i) => i.severity === "error").length;
  return { issues, errorCount, warningCount: issues.length - errorCount };
}
