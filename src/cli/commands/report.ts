import { analyseWorkbook, todayFromClock } from "../../app/analyseWorkbook";
import { buildFollowUpSheetsFrom } from "../../app/buildFollowUpSheets";
import { reportProgress } from "../../domain/followUp/reportProgress";
import { toReportJson } from "../../domain/followUp/toReportJson";
import { FOLLOW_UP_SHEET_SETS } from "../../domain/layout/layoutFollowUpSheets";
import type { IsoDate } from "../../domain/model/plan";
import { parseDateCell } from "../../domain/parse/parseDateCell";
import { valueOf } from "../../domain/parse/Reading";
import { fontOf } from "../printChoicesOf";
import { CliFailure, EXIT } from "../CliFailure";
import { type CliContext, type Command, inputPath, pathFrom } from "../CliContext";
import { issueLine } from "../printIssues";
import { type OutputPath, refuseClashingOutputs } from "../refuseClashingOutputs";
import { reportText } from "../reportText";
import { checkOutputExtension, openWorkbook, saveWorkbook } from "../workbookFiles";
import { writePdf } from "../writePdf";
import { editionOf } from "./summary";

/** `--as-of` as a date (ISO, B.E. or Thai forms as cells are read); without it, today in Thailand. */
function asOfOf(context: CliContext): IsoDate {
  const option = context.values["as-of"];
  const today = todayFromClock(context.io.now) ?? context.io.now().slice(0, 10);
  if (option === undefined) return today;
  const date = valueOf(parseDateCell(option));
  if (date === undefined) throw new CliFailure(reportText(context.lang).badAsOf(option), EXIT.usage);
  return date;
}

/**
 * `report IN.xlsx --json [--edition CODE] [--as-of YYYY-MM-DD]`: the follow-up of the year as JSON
 * (PRODUCT §5). `-o OUT.xlsx [--pdf OUT.pdf]` writes the report sheets into a copy: the 6- and
 * 12-month reports (as of 31 มี.ค. and 30 ก.ย., whatever --as-of says) and the December notice. The
 * reports are made through the year, long after the plan's tables were built and announced: a
 * command of their own leaves those tables (and their fingerprints) as they were.
 */
export const reportCommand: Command = async (context) => {
  const { values, io } = context;
  const t = reportText(context.lang);
  if (!values.json && values.output === undefined) throw new CliFailure(t.needJsonOrOutput, EXIT.usage);
  if (values.pdf !== undefined && values.output === undefined)
    throw new CliFailure(t.pdfNeedsOutput, EXIT.usage);
  const input = inputPath(context);
  const asOf = asOfOf(context);
  const out: OutputPath | null =
    values.output === undefined ? null : { option: "-o", path: pathFrom(context, values.output) };
  const pdf: OutputPath | null =
    values.pdf === undefined ? null : { option: "--pdf", path: pathFrom(context, values.pdf) };
  const outputs = [out, pdf].filter((o): o is OutputPath => o !== null);
  if (outputs.length > 0) await refuseClashingOutputs(context.text, input, outputs);
  const workbook = await openWorkbook(context, input);
  if (out) checkOutputExtension(context, workbook, out.path);
  const analysis = await analyseWorkbook(workbook, asOf);
  const edition = editionOf(context, analysis.plan);
  const errors = analysis.issues.filter((i) => i.severity === "error");
  if (values.json) {
    // stdout stays the JSON; the figures leave out rows whose key cells could not be read.
    if (errors.length > 0) io.stderr(t.withErrors(errors.length));
    io.stdout(JSON.stringify(toReportJson(reportProgress(analysis.plan, { edition, asOf })), null, 2));
  }
  if (out === null) return EXIT.ok;
  const report = await buildFollowUpSheetsFrom(
    workbook,
    analysis,
    {
      sets: FOLLOW_UP_SHEET_SETS,
      edition,
      thaiDigits: values["thai-digits"] ?? false,
      font: fontOf(context),
      signatureMark: values["signature-mark"] ?? false,
    },
    io.now,
  );
  if (report.blockingIssues.length > 0) {
    for (const issue of report.blockingIssues) io.stderr(issueLine(issue, context));
    io.stderr(context.text.blocked(report.blockingIssues.length));
    return EXIT.planErrors;
  }
  await saveWorkbook(context, workbook, out.path);
  // With --json on stdout, what was written is said on stderr.
  (values.json ? io.stderr : io.stdout)(t.written(out.path, report.sheets.join(", ")));
  return pdf === null ? EXIT.ok : writePdf(context, workbook, pdf.path, report.sheets);
};
