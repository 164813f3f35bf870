import { columnLetter, toA1 } from "../grid/a1";
import { isBlank, isCellError, isCellFormula, type CellValue } from "../grid/CellValue";
import type { SourceRef } from "../model/SourceRef";
import { sheetRowOf } from "./dataRows";
import type { LocatedTable } from "./locateTables";

/** One data row of a template table: its cells by model field, and where each field sits. */
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
 * The non-blank data rows of a table (its body, then rows typed directly below it: see dataRowsOf),
 * with each field's value and column letter; refs point at the rows' real cells. Rows where every
 * template column is blank are skipped (tables often carry empty rows at the end), as are rows where
 * only the shape's `ignoredAlone` columns are filled (staff pre-number empty rows with ที่).
 */
export function readTableRows(table: LocatedTable, fields: Readonly<Record<string, string>>): TableRow[] {
  return mapTableRows(table, fields, (row) => row);
}

/**
 * readTableRows with each row read as it is met: on large tables the rows then die young instead of
 * all being held (and copied by the garbage collector) until the whole table has been listed.
 */
export function mapTableRows<R>(
  table: LocatedTable,
  fields: Readonly<Record<string, string>>,
  read: (row: TableRow) => R,
): R[] {
  const { grid, columnOf, shape } = table;
  const present = Object.entries(fields).flatMap(([field, header]) => {
    const index = columnOf.get(header);
    return index === undefined ? [] : [[field, index, header] as const];
  });
  const columns = Object.fromEntries(
    present.map(([field, index]) => [field, columnLetter(grid.firstColumn + index)]),
  );
  const fieldIndex = new Map(present.map(([field, index]) => [field, index]));
  const counted = present
    .filter(([, , header]) => !shape.ignoredAlone.includes(header))
    .map(([, index]) => index);
  const rows: R[] = [];
  table.data.rows.forEach((cells, i) => {
    if (allBlank(cells, counted)) return;
    const ref = { sheet: grid.sheet, table: grid.name, row: sheetRowOf(grid, i) + 1, columns };
    rows.push(read({ ref, values: cells, fieldIndex }));
  });
  return rows;
}

// A loop rather than `every` with a closure, which cost an allocation per row.
function allBlank(cells: readonly CellValue[], indexes: readonly number[]): boolean {
  for (const index of indexes) if (!isBlank(cells[index] ?? null)) return false;
  return true;
}

/**
 * The cells of the table's data rows (in `columns`, or all) whose value `pick` takes, as what it
 * returns with the sheet and A1 cell: one walk for the error values and the formulas below.
 */
function findCells<T extends object>(
  table: LocatedTable,
  columns: readonly number[] | null,
  pick: (value: CellValue) => T | null,
): ({ sheet: string; cell: string } & T)[] {
  const { grid } = table;
  const found: ({ sheet: string; cell: string } & T)[] = [];
  table.data.rows.forEach((values, i) => {
    const at = (j: number): void => {
      const picked = pick(values[j] ?? null);
      if (picked)
        found.push({ sheet: grid.sheet, cell: toA1(sheetRowOf(grid, i), grid.firstColumn + j), ...picked });
    };
    if (columns) columns.forEach(at);
    else values.forEach((_, j) => at(j));
  });
  return found;
}

/** Every spreadsheet error value (#REF!, #N/A, …) in the table's data rows, with its cell. */
export function findCellErrors(table: LocatedTable): { sheet: string; cell: string; error: string }[] {
  return findCells(table, null, (value) => (isCellError(value) ? { error: value.error } : null));
}

/**
 * Every formula saved without its result in the template columns of the table's data rows (the
 * cells the parser reads), with its cell: what a program that does not calculate (openpyxl, a
 * script) leaves. Their values are unknown; rules report them, never as blank or as 0.
 */
export function findFormulas(table: LocatedTable): { sheet: string; cell: string; formula: string }[] {
  return findCells(table, [...table.columnOf.values()], (value) =>
    isCellFormula(value) ? { formula: value.formula } : null,
  );
}
