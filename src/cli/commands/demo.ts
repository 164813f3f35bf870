import { resolve } from "node:path";
import { fillTemplateTables } from "../../app/fillTemplateTables";
import { insertTemplate } from "../../app/insertTemplate";
import { sampleTemplateRows } from "../../sample/samplePlan";
import { buildWorkbook } from "../buildWorkbook";
import { printChoicesOf } from "../printChoicesOf";
import { writeBook } from "./book";
import { type Command, pathFrom } from "../CliContext";
import { createWorkbook, openWorkbook, saveWorkbook } from "../workbookFiles";
import { writeDemoFollowUp } from "./demoFollowUp";

/**
 * `demo [DIR]`: the sample plan end to end: the filled template, then everything built from it; then
 * the sample's plan book, and the same plan followed through the year with its follow-up reports.
 */
export const demoCommand: Command = async (context) => {
  // Checked first: a bad choice stops the demo before it writes anything.
  const choices = printChoicesOf(context);
  const dir = pathFrom(context, context.args[0] ?? "out/demo");
  const inputFile = resolve(dir, "sample-plan-2570.xlsx");
  const outFile = resolve(dir, "sample-plan-2570-tables.xlsx");
  const pdfFile = resolve(dir, "sample-plan-2570-tables.pdf");
  const sample = createWorkbook();
  await insertTemplate(sample);
  await fillTemplateTables(sample, sampleTemplateRows());
  await saveWorkbook(context, sample, inputFile);
  context.io.stdout(context.text.demoInput(inputFile));
  // Built from the file as written, as a user's build would be; the demo shows the consolidated set too.
  const built = await buildWorkbook(context, await openWorkbook(context, inputFile), outFile, pdfFile, true);
  if (built.sheets.length > 0) context.io.stdout(context.text.demoOutput(outFile));
  if (built.code !== 0) return built.code;
  // And the sample's plan book of the main edition, with its PDF.
  const bookFile = resolve(dir, "sample-plan-2570-book.xlsx");
  const bookPdf = resolve(dir, "sample-plan-2570-book.pdf");
  const book = await writeBook(context, await openWorkbook(context, inputFile), bookFile, bookPdf, choices);
  if (book !== 0) return book;
  return writeDemoFollowUp(context, dir, choices);
};
