import type { CellRect } from "../grid/a1";
import { isBlank, type CellValue } from "../grid/CellValue";
import type { TableGrid } from "../grid/TableGrid";
import { isTotalsRow, type RowShape } from "./rowShapes";

/**
 * A table's data rows as the user typed them: the body, then the rows typed directly below it (the
 * table did not grow, as in LibreOffice or after pasting), each cell hidden by a merge blank.
 */
export interface DataRows {
  /** Body rows, then the counted rows below; the grid's own arrays except rows a merge covers. */
  readonly rows: readonly (readonly CellValue[])[];
  /** How many of `rows` are rows typed below the table (the last ones). */
  readonly below: number;
  /** 0-based sheet rows of rows further down, after a blank or totals row, that look like table rows. */
  readonly strays: readonly number[];
  /** Merged areas overlapping the data rows, within the table's columns (0-based sheet coordinates). */
  readonly merges: readonly CellRect[];
}

/** 0-based sheet row of data row `i` of a grid whose first `grid.rows.length` data rows are its body. */
export function sheetRowOf(grid: TableGrid, i: number): number {
  return i < grid.rows.length ? grid.headerRow + 1 + i : grid.firstRowBelow + (i - grid.rows.length);
}

/**
 * The data rows of a table: body rows, and the non-blank rows typed directly below it up to the first
 * blank or totals row (or the header of another table there, at `stopRow`). Further rows that look
 * like the table's rows (shape.looksLikeRow) are listed as strays, never counted.
 * @param columnOf grid column of each template header the table has
 * @param stopRow 0-based sheet row where something else starts below (another template table's header)
 */
export function dataRowsOf(
  grid: TableGrid,
  columnOf: ReadonlyMap<string, number>,
  shape: RowShape,
  stopRow = Number.POSITIVE_INFINITY,
): DataRows {
  const counted = [...columnOf].filter(([header]) => !shape.ignoredAlone.includes(header)).map(([, c]) => c);
  const below = grid.rowsBelow.slice(
    0,
    Math.max(0, Math.min(grid.rowsBelow.length, stopRow - grid.firstRowBelow)),
  );
  const isBlankRow = (cells: readonly CellValue[]): boolean =>
    counted.every((c) => isBlank(cells[c] ?? null));
  let taken = 0;
  while (taken < below.length && !isBlankRow(below[taken] ?? []) && !isTotalsRow(below[taken] ?? [])) taken++;
  const strays: number[] = [];
  for (let i = taken; i < below.length; i++) {
    const cells = below[i] ?? [];
    const cell = (header: string): CellValue => {
      const column = columnOf.get(header);
      return column === undefined ? null : (cells[column] ?? null);
    };
    if (!isBlankRow(cells) && !isTotalsRow(cells) && shape.looksLikeRow(cell))
      strays.push(grid.firstRowBelow + i);
  }
  const rows = taken === 0 ? grid.rows : [...grid.rows, ...below.slice(0, taken)];
  const lastRow = sheetRowOf(grid, rows.length - 1);
  const merges = grid.merges.filter(
    (m) =>
      m.row <= lastRow &&
      m.row + m.rowCount - 1 > grid.headerRow &&
      m.column < grid.firstColumn + grid.headers.length &&
      m.column + m.columnCount > grid.firstColumn,
  );
  return {
    rows: merges.length === 0 ? rows : withMergesBlank(grid, rows, merges),
    below: taken,
    strays,
    merges,
  };
}

/**
 * The rows with every cell a merge hides made blank: a merged area shows only its top-left value,
 * so one amount merged over two projects is one amount (the merge is reported), never two.
 */
function withMergesBlank(
  grid: TableGrid,
  rows: readonly (readonly CellValue[])[],
  merges: readonly CellRect[],
): (readonly CellValue[])[] {
  const out = [...rows];
  const firstData = grid.headerRow + 1;
  rows.forEach((cells, i) => {
    const row = sheetRowOf(grid, i);
    let copy: CellValue[] | null = null;
    for (const m of merges) {
      if (row < m.row || row >= m.row + m.rowCount || row < firstData) continue;
      for (let column = m.column; column < m.column + m.columnCount; column++) {
        if (row === m.row && column === m.column) continue;
        const index = column - grid.firstColumn;
        if (index < 0 || index >= cells.length) continue;
        copy ??= [...cells];
        copy[index] = null;
      }
    }
    if (copy) out[i] = copy;
  });
  return out;
}
