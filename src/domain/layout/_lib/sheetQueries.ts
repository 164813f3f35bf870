import { fromA1 } from "../../grid/a1";
import type { CellSpec, SheetSpec } from "../SheetSpec";

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

/** 1-based row number of the first row with a cell reading `text` (line breaks aside). */
export function rowOf(spec: SheetSpec, text: string): number {
  const index = spec.rows.findIndex((row) =>
    row.cells.some((c) => typeof c?.value === "string" && unbroken(c.value) === unbroken(text)),
  );
  if (index < 0) throw new Error(`no row with ${text}`);
  return index + 1;
}
