/**
 * Why a file cannot be read as a workbook, on the page's side of the worker (the file adapter's
 * reasons, which the page says in Thai or English with what to do).
 */
export type UnreadableFileReason =
  "encrypted" | "xls" | "ods" | "xlsb" | "strict" | "not-workbook" | "damaged" | "empty";

export class UnreadableFileError extends Error {
  constructor(readonly reason: UnreadableFileReason) {
    super(`unreadable workbook: ${reason}`);
    this.name = "UnreadableFileError";
  }
}
