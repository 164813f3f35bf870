import type { PrintChoices } from "../../app/PrintChoices";
import { resolve } from "node:path";
import { buildFollowUpSheets } from "../../app/buildFollowUpSheets";
import { fillTemplateTables } from "../../app/fillTemplateTables";
import { insertTemplate } from "../../app/insertTemplate";
import { FOLLOW_UP_SHEET_SETS } from "../../domain/layout/layoutFollowUpSheets";
import { sampleTemplateRowsWithFollowUp } from "../../sample/sampleFollowUp";
import { EXIT } from "../CliFailure";
import type { CliContext } from "../CliContext";
import { issueLine } from "../printIssues";
import { reportText } from "../reportText";
import { createWorkbook, saveWorkbook } from "../workbookFiles";
import { writePdf } from "../writePdf";

/**
 * The demo's follow-up: the sample plan with its follow-up as recorded (sample-follow-up-2570.json)
 * and the report sheets written into it, as `report -o` would, and printed. A workbook of its own, so
 * the demo's filled template stays the plan as announced.
 * @returns the exit code
 */
export async function writeDemoFollowUp(
  context: CliContext,
  dir: string,
  choices: PrintChoices,
): Promise<number> {
  const file = resolve(dir, "sample-plan-2570-follow-up.xlsx");
  const pdf = resolve(dir, "sample-plan-2570-follow-up.pdf");
  const workbook = createWorkbook();
  await insertTemplate(workbook);
  await fillTemplateTables(workbook, sampleTemplateRowsWithFollowUp());
  const { thaiDigits, font, signatureMark } = choices;
  const options = {
    sets: FOLLOW_UP_SHEET_SETS,
    edition: null,
    thaiDigits,
    font,
    ...(signatureMark !== undefined ? { signatureMark } : {}),
  };
  const report = await buildFollowUpSheets(workbook, options, context.io.now);
  if (report.blockingIssues.length > 0) {
    // The sample is valid; this says plainly if a change to it ever makes it not so.
    for (const issue of report.blockingIssues) context.io.stderr(issueLine(issue, context));
    context.io.stderr(context.text.blocked(report.blockingIssues.length));
    return EXIT.planErrors;
  }
  await saveWorkbook(context, workbook, file);
  context.io.stdout(reportText(context.lang).written(file, report.sheets.join(", ")));
  return writePdf(context, workbook, pdf, report.sheets);
}
