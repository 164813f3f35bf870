import { isBlank, type CellValue } from "../../../domain/grid/CellValue";
import type { TableGrid } from "../../../domain/grid/TableGrid";
import { rangeA1, type CellRect } from "../../../domain/grid/a1";
import { tableFromSheet } from "../../../domain/parse/tableFromSheet";
import { compact } from "../../../domain/text/whiteSpace";
import type { ListKey, TemplateTable } from "../../../domain/template/templateSpec";
import type { OfficeCapabilities } from "../capabilities";
import { areasOf, intersects } from "../read/areasOf";
import { officeCellRows } from "../read/officeCellValue";

/** Rows read first from a sheet that may hold a template as a plain range: well past where a header is looked for. */
const TOP_ROWS = 100;
/** Answer bytes planned per cell (values + value types of Thai text). */
const BYTES_PER_CELL = 100;

/** A template sheet that exists without its table: its rows may be the table as a plain range. */
export interface PlainCandidate {
  readonly template: TemplateTable;
  readonly sheet: Excel.Worksheet;
  /** The sheet's used range (values only), 0-based. */
  readonly used: CellRect;
}

/** What the second sync asks about a candidate: its top rows from A1, and (ExcelApi 1.13) its merged areas. */
export function queueCandidateRead(candidate: PlainCandidate, capabilities: OfficeCapabilities) {
  const { used } = candidate;
  const rows = Math.min(TOP_ROWS, used.row + used.rowCount);
  return {
    top: candidate.sheet
      .getRangeByIndexes(0, 0, rows, used.column + used.columnCount)
      .load("values,valueTypes"),
    merged: capabilities.mergedAreas
      ? candidate.sheet
          .getRangeByIndexes(used.row, used.column, used.rowCount, used.columnCount)
          .getMergedAreasOrNullObject()
          .load("address")
      : null,
  };
}

/**
 * The template table a candidate holds as a plain range (found by `tableFromSheet`), read to the end
 * of its body: when the body runs past the top rows, the rest of its columns is read in size-driven
 * blocks until a blank row (or the used range ends). Null when the sheet has no such range, or the
 * range would overlap one of the sheet's tables or (seen with ExcelApi 1.13) merged cells.
 */
export async function plainRangeOf(
  context: Excel.RequestContext,
  candidate: PlainCandidate,
  { top, merged }: ReturnType<typeof queueCandidateRead>,
  sheetTables: readonly CellRect[],
  budgetBytes: number,
): Promise<TableGrid | null> {
  const values: CellValue[][] = officeCellRows(top.values, top.valueTypes as string[][]);
  const name = candidate.template.sheet;
  let grid = tableFromSheet({ name, values, merges: [], fills: [] }, candidate.template);
  if (grid === null) return null;
  const usedEnd = candidate.used.row + candidate.used.rowCount;
  const width = grid.headers.length;
  const rowsPerBlock = Math.max(1, Math.floor(budgetBytes / (BYTES_PER_CELL * width)));
  let ended = grid.headerRow + 1 + grid.rows.length < values.length;
  while (!ended && values.length < usedEnd) {
    const count = Math.min(rowsPerBlock, usedEnd - values.length);
    const block = candidate.sheet
      .getRangeByIndexes(values.length, grid.firstColumn, count, width)
      .load("values,valueTypes");
    // Size-driven: one answer per ~4 MB of the range's rows, only for a body longer than the top rows.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    const rows = officeCellRows(block.values, block.valueTypes as string[][]);
    for (const row of rows) values.push([...Array<CellValue>(grid.firstColumn).fill(null), ...row]);
    ended = rows.some((row) => row.every(isBlank));
  }
  grid = tableFromSheet({ name, values, merges: [], fills: [] }, candidate.template);
  if (grid === null) return null;
  const rect = rangeOf(grid);
  // Excel makes no table over another table or over merged cells.
  const merges = merged === null || merged.isNullObject ? [] : areasOf(merged.address);
  if ([...sheetTables, ...merges].some((other) => intersects(other, rect))) return null;
  return grid;
}

/** The range the table will cover: the header row and its body (one blank row when it has none). */
function rangeOf(grid: TableGrid): CellRect {
  return {
    row: grid.headerRow,
    column: grid.firstColumn,
    rowCount: 1 + Math.max(1, grid.rows.length),
    columnCount: grid.headers.length,
  };
}

/**
 * Queues an Excel table over exactly the plain range, its cells untouched (Excel names a blank or
 * repeated header cell), with the template's dropdowns on the columns it knows.
 */
export function tableOverRange(
  sheet: Excel.Worksheet,
  template: TemplateTable,
  grid: TableGrid,
  capabilities: OfficeCapabilities,
  sourceOf: (key: ListKey) => string | null,
): void {
  const rect = rangeOf(grid);
  const table = sheet.tables.add(rangeA1(rect.row, rect.column, rect.rowCount, rect.columnCount), true);
  table.name = template.table;
  if (!capabilities.dataValidation) return;
  grid.headers.forEach((header, c) => {
    const column = template.columns.find((t) => compact(t.header) === compact(header));
    const source = column?.list ? sourceOf(column.list) : null;
    if (source === null) return;
    table.columns.getItemAt(c).getDataBodyRange().dataValidation.rule = {
      list: { inCellDropDown: true, source },
    };
  });
}
