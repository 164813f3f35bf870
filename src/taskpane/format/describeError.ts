import { TemplateStructureError } from "../../domain/parse/TemplateStructureError";
import { formatStructureError } from "../../messages/formatStructureError";
import type { Language } from "../../messages/Language";
import type { Strings } from "../i18n/th";

export interface ErrorDescription {
  readonly cause: string;
  readonly next: string;
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : "";
}

function field(error: unknown, key: string): unknown {
  return typeof error === "object" && error !== null ? (error as Record<string, unknown>)[key] : undefined;
}

/**
 * Turns a failure into a cause the user can read and the next step, never a stack trace.
 * Matches errors by name/code (not instanceof) so errors from other bundles and Office's own errors work too.
 */
export function describeError(error: unknown, strings: Strings, language: Language): ErrorDescription {
  const { errors } = strings;
  const name = errorName(error);
  const sheet = field(error, "sheet");
  if (name === "SheetNameTakenError" && typeof sheet === "string") {
    return { cause: errors.sheetTaken(sheet), next: errors.sheetTakenNext };
  }
  if (error instanceof TemplateStructureError) {
    return { cause: formatStructureError(error, language), next: errors.structureNext };
  }
  // Office.js reports this when the user is typing in a cell while the add-in asks for the workbook.
  if (field(error, "code") === "InvalidOperationInCellEditMode") {
    return { cause: errors.cellEditing, next: errors.cellEditingNext };
  }
  const message = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  return { cause: message.trim() === "" ? errors.unknownCause : message, next: errors.genericNext };
}
