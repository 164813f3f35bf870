import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CliFailure, EXIT } from "./CliFailure";
import type { CliContext } from "./CliContext";
import { type FileWorkbook, visibleOnlyCopy, writeOutput } from "./workbookFiles";

/**
 * Prints the generated sheets of the workbook to `pdf` and says how it went; returns the exit code.
 * The copy the converter prints from is made in a private temporary folder, never beside the user's
 * files; the PDF is made into a new file beside `pdf` and replaces it only when the converter says it
 * is complete. No LibreOffice is no failure of the build: the workbook is there, the message says how
 * to print it.
 */
export async function writePdf(
  context: CliContext,
  workbook: FileWorkbook,
  pdf: string,
  /** Print only these generated sheets (the book of one edition, the follow-up reports); default: every generated sheet. */
  only?: readonly string[],
): Promise<number> {
  const { io, text } = context;
  const generated = new Set(
    (await workbook.listSheets())
      .filter((s) => s.owner !== null && (only === undefined || only.includes(s.name)))
      .map((s) => s.name),
  );
  const work = await mkdtemp(join(tmpdir(), "action-plan-print-"));
  try {
    const xlsx = join(work, "print.xlsx");
    await writeFile(xlsx, await visibleOnlyCopy(workbook, generated));
    await writeOutput(context, pdf, async (temp) => {
      const result = await io.convertToPdf(xlsx, temp);
      if (result.ok) return;
      throw result.reason === "unavailable"
        ? new CliFailure(text.pdfUnavailable, EXIT.ok)
        : new CliFailure(text.pdfFailed(result.detail), EXIT.planErrors);
    });
  } catch (error) {
    if (!(error instanceof CliFailure)) throw error;
    io.stderr(error.message);
    return error.exitCode;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  io.stdout(text.pdfWritten(pdf));
  return EXIT.ok;
}
