import type { CellValue } from "../../../domain/grid/CellValue";
import { TEMPLATE_TABLES } from "../../../domain/template/templateSpec";
import { TEMPLATE_NUMBER_FORMATS } from "../../../domain/template/templateStyles";
import { safeCellText } from "./safeCellText";

/** A value as written through `range.values`: text stays literal text, errors are not written back. */
export function officeValue(value: CellValue): string | number | boolean {
  if (value === null || typeof value === "object") return "";
  return typeof value === "string" ? safeCellText(value) : value;
}

/** Number formats of a template table's columns (General for other tables and columns). */
export function columnFormats(tableName: string, width: number): string[] {
  const template = TEMPLATE_TABLES.find((t) => t.table.toLowerCase() === tableName.toLowerCase());
  return Array.from({ length: width }, (_, c) => {
    const kind = template?.columns[c]?.kind;
    return kind ? TEMPLATE_NUMBER_FORMATS[kind] : "General";
  });
}

/** A cell's number format as written with its value: text is "@" so it is never re-read. */
export function formatFor(value: CellValue, columnFormat: string): string {
  return typeof value === "string" ? "@" : columnFormat;
}
