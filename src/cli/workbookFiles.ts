import { readFile, writeFile } from "node:fs/promises";
import { extname } from "node:path";
import { UnreadableWorkbookError } from "../adapters/xlsx/read/UnreadableWorkbookError";
import { XlsxWorkbook } from "../adapters/xlsx/XlsxWorkbook";
import { CliFailure, EXIT } from "./CliFailure";
import type { CliContext } from "./CliContext";
import { replaceFile } from "./files/replaceFile";

/**
 * The CLI's only door to files: a workbook is read whole into memory and opened from the bytes, and
 * written as bytes through replaceFile. The file adapter is named here and nowhere else in the CLI.
 */
export type FileWorkbook = XlsxWorkbook;

export function createWorkbook(): FileWorkbook {
  return XlsxWorkbook.create();
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Opens the input workbook; a missing, unreadable or non-workbook file is one line, exit 2. */
export async function openWorkbook(context: CliContext, path: string): Promise<FileWorkbook> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR")
      throw new CliFailure(context.text.fileNotFound(path), EXIT.usage);
    if (code === "EISDIR") throw new CliFailure(context.text.notWorkbook(path), EXIT.usage);
    throw new CliFailure(context.text.cannotRead(path, messageOf(error)), EXIT.usage);
  }
  try {
    return await XlsxWorkbook.fromBuffer(bytes);
  } catch (error) {
    // Each kind of unreadable file gets its own line saying what to do; never the reader's detail.
    if (error instanceof UnreadableWorkbookError)
      throw new CliFailure(context.text.unreadable[error.reason](path), EXIT.usage);
    throw new CliFailure(context.text.notWorkbook(path), EXIT.usage);
  }
}

/**
 * A copy keeps its workbook's kind: a macro-enabled workbook stays .xlsm (its macros are kept), and a
 * plain one stays .xlsx; Excel refuses to open a file whose extension does not match its content.
 */
export function checkOutputExtension(context: CliContext, workbook: FileWorkbook, path: string): void {
  const wanted = workbook.macroEnabled ? ".xlsm" : ".xlsx";
  if (extname(path).toLowerCase() !== wanted)
    throw new CliFailure(context.text.wrongExtension(path, wanted), EXIT.usage);
}

/**
 * Writes an output file whole or not at all (replaceFile): a failure is one line naming the file, exit
 * 2, and an existing file keeps its bytes. A CliFailure thrown by `write` passes through as it is.
 */
export async function writeOutput(
  context: CliContext,
  path: string,
  write: (tempPath: string) => Promise<void>,
): Promise<void> {
  try {
    await replaceFile(path, write);
  } catch (error) {
    if (error instanceof CliFailure) throw error;
    throw new CliFailure(context.text.cannotWrite(path, messageOf(error)), EXIT.usage);
  }
}

/** Saves the workbook to `path`: made in memory first, so a failure to make it never touches the file. */
export async function saveWorkbook(context: CliContext, workbook: FileWorkbook, path: string): Promise<void> {
  let bytes: Uint8Array;
  try {
    bytes = await workbook.toBuffer();
  } catch (error) {
    throw new CliFailure(context.text.cannotWrite(path, messageOf(error)), EXIT.usage);
  }
  await writeOutput(context, path, (temp) => writeFile(temp, bytes));
}

/**
 * The bytes of a copy of the workbook in which only the named sheets are visible (what the PDF prints);
 * the workbook itself is left as it was (its workbook part is put back afterwards).
 */
export async function visibleOnlyCopy(
  workbook: FileWorkbook,
  visible: ReadonlySet<string>,
): Promise<Uint8Array> {
  const restore = workbook.hideSheetsExcept(visible);
  try {
    return await workbook.toBuffer();
  } finally {
    restore();
  }
}
