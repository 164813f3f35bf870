import { columnLetter, toA1 } from "../grid/a1";
import { isBlank, isCellError, type CellValue } from "../grid/CellValue";
import type { SourceRef } from "../model/SourceRef";
import type { LocatedTable } from "./locateTables";

/** One body row of a template table: its cells by model field, and where each field sits. */
export interface TableRow {
  readonly ref: SourceRef;
  /** The row's cells as the grid holds them (shared, not copied: tables can have 50,000 rows). */
  readonly values: readonly CellValue[];
  /** Model field → index into `values` (shared by all rows of a table). */
  readonly fieldIndex: ReadonlyMap<string, number>;
}

/** Reads a cell of a row by field; a column the table lacks reads as blank. */
export function cellAt(row: TableRow, field: string): CellValue {
  const index = row.fieldIndex.get(field);
  return index === undefined ? null : (row.values[index] ?? null);
}

/**
 * The non-blank body rows of a table, with each field's value and column letter. Rows where every
 * template column is blank are skipped (tables often carry empty rows at the end), as are rows where
 * only the `ignoredWhenAlone` fields are filled (staff pre-number empty rows with ที่).
 */
export function readTableRows(
  table: LocatedTable,
  fields: Readonly<Record<string, string>>,
  ignoredWhenAlone: readonly string[] = [],
): TableRow[] {
  return mapTableRows(table, fields, ignoredWhenAlone, (row) => row);
}

/**
 * readTableRows with each row read as it is met: on large tables the rows then die young instead of
 * all being held (and copied by the garbage collector) until the whole table has been listed.
 */
export function mapTableRows<R>(
  table: LocatedTable,
  fields: Readonly<Record<string, string>>,
  ignoredWhenAlone: readonly string[],
  read: (row: TableRow) => R,
): R[] {
  const { grid, columnOf } = table;
  const present = Object.entries(fields).flatMap(([field, header]) => {
    const index = columnOf.get(header);
    return index === undefined ? [] : [[field, index] as const];
  });
  const columns = Object.fromEntries(
    present.map(([field, index]) => [field, columnLetter(grid.firstColumn + index)]),
  );
  const fieldIndex = new Map(present);
  const counted = present.filter(([field]) => !ignoredWhenAlone.includes(field)).map(([, index]) => index);
  const rows: R[] = [];
  grid.rows.forEach((cells, i) => {
    if (allBlank(cells, counted)) return;
    const ref = { sheet: grid.sheet, table: grid.name, row: grid.headerRow + 2 + i, columns };
    rows.push(read({ ref, values: cells, fieldIndex }));
  });
  return rows;
}

// A loop rather than `every` with a closure, which cost an allocation per row.
function allBlank(cells: readonly CellValue[], indexes: readonly number[]): boolean {
  for (const index of indexes) if (!isBlank(cells[index] ?? null)) return false;
  return true;
}

/** Every spreadsheet error value (#REF!, #N/A, …) in the table's body, with its cell. */
export function findCellErrors(table: LocatedTable): { sheet: string; cell: string; error: string }[] {
  const { grid } = table;
  const found: { sheet: string; cell: string; error: string }[] = [];
  grid.rows.forEach((values, i) =>
    values.forEach((value: CellValue, j) => {
      if (isCellError(value)) {
        found.push({
          sheet: grid.sheet,
          cell: toA1(grid.headerRow + 1 + i, grid.firstColumn + j),
          error: value.error,
        });
      }
    }),
  );
  return found;
}
