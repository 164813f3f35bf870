import type { SheetSpec } from "../../../domain/layout/SheetSpec";
import { jsonBytes } from "./requestSize";
import { safeCellText } from "./safeCellText";

export interface RowBlock {
  readonly start: number;
  readonly count: number;
  readonly bytes: number;
  readonly values: (string | number)[][];
  readonly formats: string[][];
}

/**
 * A sheet's rows as values and number formats, cut into blocks whose bytes stay under `maxBytes`
 * (size-driven, not count-driven). Text gets "@" and Excel's apostrophe where it could be read as
 * a formula, so it stays literal text.
 */
export function rowBlocks(spec: SheetSpec, maxBytes: number): RowBlock[] {
  const blocks: RowBlock[] = [];
  let values: (string | number)[][] = [];
  let formats: string[][] = [];
  let bytes = 0;
  let start = 0;
  spec.rows.forEach((row, r) => {
    const rowValues = row.cells.map((cell) => {
      const value = cell?.value ?? null;
      return typeof value === "string" ? safeCellText(value) : (value ?? "");
    });
    const rowFormats = row.cells.map((cell) => {
      if (typeof cell?.value === "string") return "@";
      const style = cell?.style === undefined ? undefined : spec.styles[cell.style];
      return style?.numberFormat ?? "General";
    });
    const rowBytes = jsonBytes(rowValues) + jsonBytes(rowFormats);
    if (values.length > 0 && bytes + rowBytes > maxBytes) {
      blocks.push({ start, count: values.length, bytes, values, formats });
      values = [];
      formats = [];
      bytes = 0;
      start = r;
    }
    values.push(rowValues);
    formats.push(rowFormats);
    bytes += rowBytes;
  });
  if (values.length > 0) blocks.push({ start, count: values.length, bytes, values, formats });
  return blocks;
}

/** Consecutive equal values as runs (widths and heights are set per run, not per row). */
export function runs(values: readonly number[]): { start: number; count: number; value: number }[] {
  const out: { start: number; count: number; value: number }[] = [];
  values.forEach((value, i) => {
    const last = out[out.length - 1];
    if (last && last.value === value) last.count++;
    else out.push({ start: i, count: 1, value });
  });
  return out;
}
