/**
 * Why a file cannot be read as a workbook, as data; the edges (CLI, offline page) say it in Thai or
 * English with what to do.
 * - encrypted: an .xlsx protected with a password to open
 * - xls: the old Excel 97–2003 format
 * - ods: an OpenDocument spreadsheet (LibreOffice's own format)
 * - xlsb: Excel's binary workbook
 * - strict: "Strict Open XML" (an Excel save-as option)
 * - not-workbook: another kind of file (a zip of something else, a Word file, a PDF, text…)
 * - damaged: a workbook file that is broken (truncated, corrupt)
 * - empty: a file of 0 bytes
 */
export type UnreadableReason =
  "encrypted" | "xls" | "ods" | "xlsb" | "strict" | "not-workbook" | "damaged" | "empty";

export class UnreadableWorkbookError extends Error {
  constructor(
    readonly reason: UnreadableReason,
    readonly detail: string = "",
  ) {
    super(detail === "" ? `unreadable workbook: ${reason}` : `unreadable workbook: ${reason} (${detail})`);
    this.name = "UnreadableWorkbookError";
  }
}
