import { readFile } from "node:fs/promises";
import { analyseWorkbook } from "../../app/analyseWorkbook";
import { type BookOptions, buildBook } from "../../app/buildBook";
import { MAIN_EDITION } from "../../domain/model/editionCode";
import { printChoicesOf } from "../printChoicesOf";
import { CliFailure, EXIT } from "../CliFailure";
import { type CliContext, type Command, inputPath, pathFrom } from "../CliContext";
import { issueLine } from "../printIssues";
import { type OutputPath, refuseClashingOutputs } from "../refuseClashingOutputs";
import { checkOutputExtension, type FileWorkbook, openWorkbook, saveWorkbook } from "../workbookFiles";
import { writePdf } from "../writePdf";
import { editionOf } from "./summary";

/**
 * Adds the plan book to the workbook, writes it to `out` and prints the book's sheets to `pdf`;
 * shared by `book` and `demo`. Returns the exit code.
 */
export async function writeBook(
  context: CliContext,
  workbook: FileWorkbook,
  out: string,
  pdf: string | null,
  options: BookOptions,
): Promise<number> {
  const { io, text } = context;
  const report = await buildBook(workbook, options, io.now);
  if (report.blockingIssues.length > 0) {
    for (const issue of report.blockingIssues) io.stderr(issueLine(issue, context));
    io.stderr(text.blocked(report.blockingIssues.length));
    return EXIT.planErrors;
  }
  for (const note of report.pictureNotes) io.stderr(text.bookPicture(note));
  await saveWorkbook(context, workbook, out);
  io.stdout(text.bookBuilt(out, report.sheets.join(", ")));
  return pdf === null ? EXIT.ok : writePdf(context, workbook, pdf, report.sheets);
}

/** A picture file named by --emblem or --logo; one clear line when it cannot be read. */
async function pictureFile(context: CliContext, typed: string | undefined): Promise<Uint8Array | undefined> {
  if (typed === undefined) return undefined;
  const path = pathFrom(context, typed);
  try {
    return new Uint8Array(await readFile(path));
  } catch {
    throw new CliFailure(context.text.unreadableFile(path), EXIT.usage);
  }
}

/**
 * `book IN.xlsx -o OUT.xlsx [--edition CODE] [--pdf OUT.pdf] [--emblem FILE] [--logo FILE]`: a copy
 * with the whole plan book of one edition (default หลัก); --pdf prints the book's sheets in book order.
 */
export const bookCommand: Command = async (context) => {
  const { values, text } = context;
  const input = inputPath(context);
  if (values.output === undefined) throw new CliFailure(text.needBuildOutput, EXIT.usage);
  const out: OutputPath = { option: "-o", path: pathFrom(context, values.output) };
  const pdf: OutputPath | null =
    values.pdf === undefined ? null : { option: "--pdf", path: pathFrom(context, values.pdf) };
  await refuseClashingOutputs(text, input, pdf === null ? [out] : [out, pdf]);
  const choices = printChoicesOf(context);
  const [emblem, logo] = [await pictureFile(context, values.emblem), await pictureFile(context, values.logo)];
  const workbook = await openWorkbook(context, input);
  checkOutputExtension(context, workbook, out.path);
  const edition =
    values.edition === undefined ? MAIN_EDITION : editionOf(context, (await analyseWorkbook(workbook)).plan);
  return writeBook(context, workbook, out.path, pdf?.path ?? null, {
    edition: edition ?? MAIN_EDITION,
    ...choices,
    ...(emblem ? { emblem } : {}),
    ...(logo ? { logo } : {}),
  });
};
