import { importSheet } from "../../app/importSheet";
import type { SkippedRow } from "../../domain/import/ImportResult";
import { skippedByReason } from "../../domain/import/skippedByReason";
import { SETTING_KEYS } from "../../domain/template/templateSpec";
import { skipReasonText } from "../../messages/skipReasonText";
import { CliFailure, EXIT } from "../CliFailure";
import { type CliContext, type Command, inputPath, pathFrom } from "../CliContext";
import { issueLine, printIssues } from "../printIssues";
import { refuseClashingOutputs } from "../refuseClashingOutputs";
import { checkOutputExtension, type FileWorkbook, openWorkbook, saveWorkbook } from "../workbookFiles";

/** Skipped rows grouped by reason, in sheet order: "A12, B20". */
export function skippedLines(skipped: readonly SkippedRow[], { text, lang }: CliContext): string[] {
  return skippedByReason(skipped).map(([reason, cells]) =>
    text.skippedRows(skipReasonText(reason, lang), cells.join(", ")),
  );
}

/** `--sheet`, checked against the workbook's sheets; null: the importer finds the sheet itself. */
export async function wantedSheet(context: CliContext, workbook: FileWorkbook): Promise<string | null> {
  const wanted = context.values.sheet ?? null;
  if (wanted === null) return null;
  const names = (await workbook.listSheets()).map((s) => s.name);
  if (!names.includes(wanted))
    throw new CliFailure(context.text.noSuchSheet(wanted, names.join(", ")), EXIT.usage);
  return wanted;
}

/** `import IN.xlsx -o OUT.xlsx [--sheet NAME]`: a hand-made ผด.02 into the template tables of a copy. */
export const importCommand: Command = async (context) => {
  const { io, text } = context;
  const input = inputPath(context);
  if (context.values.output === undefined) throw new CliFailure(text.needImportOutput, EXIT.usage);
  const out = pathFrom(context, context.values.output);
  // The source workbook stays as the user made it; the import goes into a copy.
  await refuseClashingOutputs(text, input, [{ option: "-o", path: out }]);
  const workbook = await openWorkbook(context, input);
  checkOutputExtension(context, workbook, out);
  const report = await importSheet(workbook, await wantedSheet(context, workbook));
  switch (report.outcome) {
    case "no-sheet":
      throw new CliFailure(text.noPd02Sheet, EXIT.usage);
    case "refused":
      for (const issue of report.issues) io.stderr(issueLine(issue, context));
      io.stderr(text.importRefused(report.sheet ?? ""));
      return EXIT.planErrors;
    case "projects-not-empty":
      io.stderr(text.projectsNotEmpty);
      return EXIT.planErrors;
    case "imported":
      break;
  }
  await saveWorkbook(context, workbook, out);
  io.stdout(text.imported(report.sheet ?? "", report.rowsImported, report.strategiesImported, out));
  for (const line of skippedLines(report.skipped, context)) io.stdout(line);
  if (report.settingsWritten.length > 0)
    io.stdout(text.settingsWritten(report.settingsWritten.map((key) => SETTING_KEYS[key]).join(", ")));
  if (report.organisationName === "") io.stdout(text.settingsMissing);
  if (report.issues.length > 0) printIssues(report.issues, context, io.stdout);
  io.stdout(text.nextSteps(out));
  return EXIT.ok;
};
