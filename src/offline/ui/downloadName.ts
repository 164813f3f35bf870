import type { PageText } from "./pageText";

export type DownloadKind =
  "template" | "imported" | "marked" | "tables" | "tablesOnly" | "reports" | "reportsOnly" | "book";

/**
 * The name of a download made from the user's file: its own name with what was done to it
 * ("แผน 2570 - แบบ ผด..xlsx" reads badly, so the suffix goes before the extension), keeping .xlsm for
 * a macro-enabled workbook; a tables-only workbook never has macros.
 */
export function downloadName(
  input: string,
  kind: DownloadKind,
  text: PageText,
  macroEnabled: boolean,
): string {
  const stem = input.replace(/\.(xlsx|xlsm|xltx|xltm|xls|xlsb|ods)$/iu, "").trim() || text.names.blank;
  const extension = macroEnabled && kind !== "tablesOnly" && kind !== "reportsOnly" ? ".xlsm" : ".xlsx";
  return `${stem} - ${text.names[kind]}${extension}`;
}

/** The blank template's name. */
export function blankTemplateName(text: PageText): string {
  return `${text.names.blank}.xlsx`;
}
