import { analyseWorkbook } from "../app/analyseWorkbook";
import type { FontChoice } from "../app/AppServices";
import { buildTablesFrom } from "../app/buildTables";
import { planEditions } from "../domain/editions/planEditions";
import { CliFailure, EXIT } from "./CliFailure";
import type { CliContext } from "./CliContext";
import { issueLine } from "./printIssues";
import { type FileWorkbook, saveWorkbook } from "./workbookFiles";
import { writePdf } from "./writePdf";

export interface BuildResult {
  readonly code: number;
  /** The sheets written; empty when the plan's errors stopped the build. */
  readonly sheets: readonly string[];
}

/** `--font`: the family name with or without "TH", spaces or ๙, in any case. */
export function fontOf(context: CliContext): FontChoice {
  const option = context.values.font;
  if (option === undefined) return "TH SarabunPSK";
  const key = option.toLowerCase().replace(/\s+|๙/gu, "").replace(/^th/u, "");
  if (key === "sarabunpsk") return "TH SarabunPSK";
  if (key === "sarabunit") return "TH SarabunIT๙";
  throw new CliFailure(context.text.badFont(option), EXIT.usage);
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
  const { io, text, values } = context;
  const font = fontOf(context);
  const analysis = await analyseWorkbook(workbook);
  const editions = planEditions(analysis.plan);
  const report = await buildTablesFrom(
    workbook,
    analysis,
    {
      editions,
      consolidated: consolidated && editions.length > 1,
      thaiDigits: values["thai-digits"] ?? false,
      excludeUnbudgeted: values["exclude-unbudgeted"] ?? false,
      font,
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
