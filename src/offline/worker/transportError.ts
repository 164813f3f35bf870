import { SheetNameTakenError } from "../../app/WorkbookPort";
import {
  TemplateStructureError,
  type TemplateStructureCode,
  type TemplateStructureParams,
} from "../../domain/parse/TemplateStructureError";
import type { UnreadableFileReason } from "../../messages/unreadableFileText";
import { UnreadableFileError } from "../session/UnreadableFileError";

/** An error as it crosses to the page: the kinds the page tells apart, with what their messages need. */
export type TransportedError =
  | { readonly kind: "unreadable"; readonly reason: UnreadableFileReason }
  | {
      readonly kind: "structure";
      readonly code: TemplateStructureCode;
      readonly params: TemplateStructureParams[TemplateStructureCode];
    }
  | { readonly kind: "sheet-taken"; readonly sheet: string }
  | { readonly kind: "other"; readonly name: string; readonly message: string };

export function transportError(error: unknown): TransportedError {
  if (error instanceof UnreadableFileError) return { kind: "unreadable", reason: error.reason };
  if (error instanceof TemplateStructureError)
    return { kind: "structure", code: error.code, params: error.params };
  if (error instanceof SheetNameTakenError) return { kind: "sheet-taken", sheet: error.sheet };
  if (error instanceof Error) return { kind: "other", name: error.name, message: error.message };
  return { kind: "other", name: "Error", message: String(error) };
}

/** The error again, of the same class where the page tells it apart (describeError, the file bar). */
export function errorFromTransport(error: TransportedError): Error {
  switch (error.kind) {
    case "unreadable":
      return new UnreadableFileError(error.reason);
    case "structure":
      return new TemplateStructureError(error.code, error.params);
    case "sheet-taken":
      return new SheetNameTakenError(error.sheet);
    case "other": {
      const rebuilt = new Error(error.message);
      rebuilt.name = error.name;
      return rebuilt;
    }
  }
}
