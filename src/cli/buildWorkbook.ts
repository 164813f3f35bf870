import { analyseWorkbook } from "../app/analyseWorkbook";
import { buildTablesFrom } from "../app/buildTables";
import { planEditions } from "../domain/editions/planEditions";
import { EXIT } from "./CliFailure";
import type { CliContext } from "./CliContext";
import { issueLine } from "./printIssues";
import { printChoicesOf } from "./printChoicesOf";
import { type FileWorkbook, saveWorkbook } from "./workbookFiles";
import { writePdf } from "./writePdf";

export interface BuildResult {
  readonly code: number;
  /** The sheets written; empty when the plan's errors stopped the build. */
  readonly sheets: readonly string[];
}

/**
 * Adds the tables of every edition of the plan to the workbook and writes it to `out` (and the PDF);
 * shared by `build` and `demo`. The workbook is analysed once, for its editions and the build alike.
 * @param consolidated also the ฉบับรวม set (on request; it only adds something with several editions)
 */
export async function buildWorkbook(
  context: CliContext,
  workbook: FileWorkbook,
  out: string,
  pdf: string | null,
  consolidated: boolean,
): Promise<BuildResult> {
  const { io, text } = context;
  const analysis = await analyseWorkbook(workbook);
  const editions = planEditions(analysis.plan);
  const report = await buildTablesFrom(
    workbook,
    analysis,
    {
      editions,
      consolidated: consolidated && editions.length > 1,
      ...printChoicesOf(context),
    },
    io.now,
  );
  if (report.blockingIssues.length > 0) {
    for (const issue of report.blockingIssues) io.stderr(issueLine(issue, context));
    io.stderr(text.blocked(report.blockingIssues.length));
    return { code: EXIT.planErrors, sheets: [] };
  }
  await saveWorkbook(context, workbook, out);
  io.stdout(text.built(out, report.sheets.join(", ")));
  if (report.removedSheets.length > 0) io.stdout(text.removedSheets(report.removedSheets.join(", ")));
  const code = pdf === null ? EXIT.ok : await writePdf(context, workbook, pdf);
  return { code, sheets: report.sheets };
}
