import type { UnreadableReason } from "../../adapters/xlsx/read/UnreadableWorkbookError";
import type { UnreadableFileReason } from "../../messages/unreadableFileText";

/**
 * A file that cannot be read as a workbook, on the page's side of the worker (the page never imports
 * the file adapter): the adapter's reason, which the page says with UNREADABLE_FILE_TEXT.
 */
export class UnreadableFileError extends Error {
  constructor(readonly reason: UnreadableFileReason) {
    super(`unreadable workbook: ${reason}`);
    this.name = "UnreadableFileError";
  }
}

// The adapter's reasons and the texts' are one list: a reason added to either fails to compile here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const REASONS_MATCH: Same<UnreadableReason, UnreadableFileReason> = true;
