import { importDevPlan } from "../../app/importDevPlan";
import { CliFailure, EXIT } from "../CliFailure";
import { type CliContext, type Command, inputPath, pathFrom } from "../CliContext";
import { devPlanCliText } from "../devPlanCliText";
import { issueLine, printIssues } from "../printIssues";
import { refuseClashingOutputs } from "../refuseClashingOutputs";
import { checkOutputExtension, openWorkbook, saveWorkbook } from "../workbookFiles";
import { skippedLines, wantedSheet } from "./import";

/** A whole number option (`--year 2570`, `--first-page 45`) within bounds, or undefined when not given. */
function numberOption(
  context: CliContext,
  option: string,
  value: string | undefined,
  min: number,
  max: number,
) {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max)
    throw new CliFailure(devPlanCliText(context.lang).badNumber(option, value), EXIT.usage);
  return number;
}

/**
 * `import-devplan IN.xlsx -o OUT.xlsx [--sheet NAME] [--year YYYY] [--first-page N]`: the project list
 * of a hand-made ผ.02 (the development plan) into the DevPlanProjects table of a copy, with the fiscal
 * year's budgets.
 */
export const importDevPlanCommand: Command = async (context) => {
  const { io, text, values } = context;
  const own = devPlanCliText(context.lang);
  const input = inputPath(context);
  if (values.output === undefined) throw new CliFailure(text.needImportOutput, EXIT.usage);
  const out = pathFrom(context, values.output);
  const fiscalYear = numberOption(context, "--year", values.year, 2500, 2700);
  const firstPage = numberOption(context, "--first-page", values["first-page"], 1, 99_999);
  await refuseClashingOutputs(text, input, [{ option: "-o", path: out }]);
  const workbook = await openWorkbook(context, input);
  checkOutputExtension(context, workbook, out);
  const report = await importDevPlan(workbook, {
    sheet: await wantedSheet(context, workbook),
    ...(fiscalYear === undefined ? {} : { fiscalYear }),
    ...(firstPage === undefined ? {} : { firstPage }),
  });
  switch (report.outcome) {
    case "no-sheet":
      throw new CliFailure(own.noSheet, EXIT.usage);
    case "no-fiscal-year":
      throw new CliFailure(own.noFiscalYear, EXIT.usage);
    case "refused":
      for (const issue of report.issues) io.stderr(issueLine(issue, context));
      io.stderr(own.refused(report.sheet ?? ""));
      return EXIT.planErrors;
    case "edition-present":
      io.stderr(own.editionPresent(report.edition));
      return EXIT.planErrors;
    case "imported":
      break;
  }
  await saveWorkbook(context, workbook, out);
  io.stdout(
    own.imported(report.sheet ?? "", report.entriesImported, report.edition, report.fiscalYear ?? 0, out),
  );
  for (const line of skippedLines(report.skipped, context)) io.stdout(line);
  if (report.issues.length > 0) printIssues(report.issues, context, io.stdout);
  io.stdout(own.nextSteps(out));
  return EXIT.ok;
};
