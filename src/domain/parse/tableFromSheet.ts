import { isBlank, type CellValue } from "../grid/CellValue";
import type { TableGrid } from "../grid/TableGrid";
import type { SheetCells } from "../import/SheetCells";
import type { TemplateTable } from "../template/templateSpec";
import { cellText } from "../grid/cellText";
import { compact } from "../text/whiteSpace";

/** A header row lies this near the top of its sheet (titles may come first). */
const HEADER_SEARCH_ROWS = 30;

/**
 * A template table found in a sheet that has its headers but no Excel table: what pandas, Google
 * Sheets' .xlsx export and hand-made copies of the template leave. The header row is the row among
 * the first ones that holds the most of the template's headers (at least half of them); the table
 * spans that row's filled cells, and its body the rows under it down to the first blank row — what
 * follows the blank row is delivered as rows below, as for a real table.
 * @returns null when no row holds enough of the headers
 */
export function tableFromSheet(cells: SheetCells, spec: TemplateTable): TableGrid | null {
  const wanted = new Set(spec.columns.map((c) => compact(c.header)));
  let best: { row: number; matches: number } | null = null;
  const last = Math.min(cells.values.length, HEADER_SEARCH_ROWS);
  for (let row = 0; row < last; row++) {
    const matches = (cells.values[row] ?? []).filter((v) => wanted.has(compact(cellText(v)))).length;
    if (matches > (best?.matches ?? 0)) best = { row, matches };
  }
  if (!best || best.matches * 2 < wanted.size) return null;
  const headerCells = cells.values[best.row] ?? [];
  const firstColumn = headerCells.findIndex((v) => wanted.has(compact(cellText(v))));
  let lastColumn = firstColumn;
  while (lastColumn + 1 < headerCells.length && !isBlank(headerCells[lastColumn + 1] ?? null)) lastColumn++;
  const width = lastColumn - firstColumn + 1;
  const slice = (row: readonly CellValue[] | undefined): CellValue[] =>
    Array.from({ length: width }, (_, c) => row?.[firstColumn + c] ?? null);
  const below = cells.values.slice(best.row + 1).map(slice);
  let bodyLength = 0;
  while (bodyLength < below.length && !(below[bodyLength] ?? []).every(isBlank)) bodyLength++;
  const rowsBelow = below.slice(bodyLength);
  while (rowsBelow.length > 0 && (rowsBelow.at(-1) ?? []).every(isBlank)) rowsBelow.pop();
  const bodyFirst = best.row + 1;
  const lastRow = bodyFirst + bodyLength + rowsBelow.length - 1;
  return {
    name: spec.table,
    sheet: cells.name,
    headerRow: best.row,
    firstColumn,
    headers: headerCells.slice(firstColumn, lastColumn + 1).map((v) => cellText(v)),
    rows: below.slice(0, bodyLength),
    rowsBelow,
    firstRowBelow: bodyFirst + bodyLength,
    merges: cells.merges.filter(
      (m) =>
        m.row <= lastRow &&
        m.row + m.rowCount - 1 >= bodyFirst &&
        m.column <= lastColumn &&
        m.column + m.columnCount - 1 >= firstColumn,
    ),
  };
}
