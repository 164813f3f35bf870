import { fromA1 } from "../../../../../src/domain/grid/a1";
import type { CellSpec, SheetSpec } from "../../../../../src/domain/layout/SheetSpec";

/** Test-side reading of a sheet spec in A1 terms. */
export function cellAt(spec: SheetSpec, address: string): CellSpec | null {
  const { row, column } = fromA1(address);
  return spec.rows[row]?.cells[column] ?? null;
}

export function valueAt(spec: SheetSpec, address: string): string | number | null {
  return cellAt(spec, address)?.value ?? null;
}

/** 1-based row numbers whose first cell has a style. */
export function rowsStyled(spec: SheetSpec, style: string): number[] {
  return spec.rows.flatMap((row, i) => (row.cells[0]?.style === style ? [i + 1] : []));
}

/** Text as read, whatever its written-in line breaks (a break may stand for a space). */
const unbroken = (text: string): string => text.replace(/\s/gu, "");

/**
 * 1-based row number of the first row with a cell reading `text` (line breaks aside), else of the first
 * whose cell begins with it (a project's name with its funding source under it).
 */
export function rowOf(spec: SheetSpec, text: string): number {
  const find = (matches: (value: string) => boolean): number =>
    spec.rows.findIndex((row) =>
      row.cells.some((c) => typeof c?.value === "string" && matches(unbroken(c.value))),
    );
  const wanted = unbroken(text);
  const exact = find((value) => value === wanted);
  const index = exact >= 0 ? exact : find((value) => value.startsWith(wanted));
  if (index < 0) throw new Error(`no row with ${text}`);
  return index + 1;
}

/**
 * The printed height of a cell (1-based row, 0-based column): its row's, or the rows' its merged
 * area spans (an item's first line split in two half rows for the schedule's arrows, see scheduleArrow).
 */
export function cellHeight(spec: SheetSpec, row: number, column: number): number {
  const merge = spec.merges.find((m) => m.row === row - 1 && m.column === column);
  const rows = spec.rows.slice(row - 1, row - 1 + (merge?.rowCount ?? 1));
  return rows.reduce((sum, r) => sum + r.heightPt, 0);
}
