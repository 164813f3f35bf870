import { z } from "zod";

/**
 * Where a parsed row came from: its sheet, its 1-based Excel row, and the column letter of each
 * field, so any rule can point at the exact cell (`cellOf(ref, "budget")` → "F12").
 */
export const SourceRefSchema = z.object({
  sheet: z.string(),
  table: z.string(),
  row: z.number().int().positive(),
  columns: z.record(z.string(), z.string()),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

/** A1 address of a field of a source row, or of the row's first cell when the field has no column. */
export function cellOf(ref: SourceRef, field: string): string {
  const column = ref.columns[field] ?? Object.values(ref.columns)[0] ?? "A";
  return `${column}${ref.row}`;
}
