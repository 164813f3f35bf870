import type { CellRect } from "../../../domain/grid/a1";
import type { CellValue } from "../../../domain/grid/CellValue";
import type { TableGrid } from "../../../domain/grid/TableGrid";
import { TEMPLATE_TABLES } from "../../../domain/template/templateSpec";
import type { ExcelRunner } from "../ExcelRunner";
import type { OfficeSettings } from "../OfficeSettings";
import { jsonBytes } from "../write/requestSize";
import { areasOf } from "./areasOf";
import { officeCellRows } from "./officeCellValue";
import { isPayloadLimitError } from "./payloadLimit";
import { placeOf, queueTableRead, type QueuedTableRead, type TablePlace } from "./queueTableRead";
import { readInBlocks, type BlockRead } from "./readBlocks";
import { tableGridOf } from "./tableGridOf";

/** Answer bytes planned per cell before any is measured (values + value types of Thai text). */
const PLANNED_BYTES_PER_CELL = 100;
/** Fewest bytes per cell a measurement is trusted down to (an empty cell answers about 11). */
const MIN_BYTES_PER_CELL = 20;
/** Columns assumed for a table the template does not know, to size its first read. */
const ASSUMED_COLUMNS = 40;

/**
 * Reads tables raw, with the rows typed below each one and (ExcelApi 1.13) merged areas. One sync
 * when the answer is small: each table's header, size, first rows (up to ~4 MB of them at the
 * planned bytes per cell), what lies below it and its sheet's tables. Then, only as needed, one more
 * sync per ~4 MB of the rest (sized by the bytes per cell the first rows measured), which also
 * carries the ranges of other tables on a sheet where rows were typed below a table. When Excel
 * refuses an answer as too large (web: 5 MB), reads again: sizes first, then blocks.
 * So syncs grow with the answer's bytes, never with rows or tables: cells must come back in answers
 * under 5 MB, and the count stays within one of the least those bytes allow (README: sync budget).
 */
export async function readTables(
  run: ExcelRunner,
  names: readonly string[],
  settings: OfficeSettings,
): Promise<TableGrid[]> {
  try {
    return await run((context) => readPass(context, names, settings, true));
  } catch (error) {
    if (!isPayloadLimitError(error)) throw error;
    return run((context) => readPass(context, names, settings, false));
  }
}

async function readPass(
  context: Excel.RequestContext,
  names: readonly string[],
  settings: OfficeSettings,
  optimistic: boolean,
): Promise<TableGrid[]> {
  const cells = Math.floor(settings.budgetBytes / PLANNED_BYTES_PER_CELL);
  const queued = names.map((name) =>
    queueTableRead(
      context,
      name,
      {
        prefixRows: optimistic ? Math.max(1, Math.floor(cells / columnsOf(name))) : 0,
        belowValues: optimistic,
      },
      settings.capabilities,
    ),
  );
  await context.sync();
  const found = queued.filter((read) => !read.table.isNullObject);
  const places = found.map(placeOf);

  // What the first sync did not bring: the rest of each body and, read pessimistically, the rows below.
  const reads: BlockRead[] = [];
  const restOf = found.map((read, i) => {
    const place = places[i] as TablePlace;
    const have = read.first === null || read.first.isNullObject ? 0 : read.first.values.length;
    const bytesPerCell = optimistic ? measuredBytesPerCell(read) : PLANNED_BYTES_PER_CELL;
    const job = (row: number, rowCount: number): number | null => {
      if (rowCount <= 0) return null;
      reads.push({
        sheet: read.sheet,
        row,
        column: place.rect.column,
        rowCount,
        columnCount: place.rect.columnCount,
        bytesPerCell,
      });
      return reads.length - 1;
    };
    const below =
      optimistic || place.lastRowBelow === null
        ? null
        : job(place.firstRowBelow, place.lastRowBelow - place.firstRowBelow + 1);
    return { body: job(place.rect.row + 1 + have, place.bodyRows - have), below };
  });

  // Other tables on a sheet where something lies below a table: rows below stop at them.
  const known = new Map<string, CellRect>(
    found.map((read, i) => [read.name.toLowerCase(), (places[i] as TablePlace).rect]),
  );
  const unknown = [
    ...new Set(
      places.flatMap((place) =>
        place.lastRowBelow === null ? [] : place.neighbours.filter((n) => !known.has(n.toLowerCase())),
      ),
    ),
  ];
  let neighbourRanges: { name: string; range: Excel.Range }[] = [];
  const queueNeighbours =
    unknown.length === 0
      ? undefined
      : () => {
          neighbourRanges = unknown.map((name) => ({
            name,
            range: context.workbook.tables
              .getItem(name)
              .getRange()
              .load("rowIndex,columnIndex,rowCount,columnCount"),
          }));
        };
  const blocks =
    reads.length > 0 || queueNeighbours
      ? await readInBlocks(context, reads, settings.budgetBytes, queueNeighbours)
      : [];
  for (const { name, range } of neighbourRanges)
    known.set(name.toLowerCase(), {
      row: range.rowIndex,
      column: range.columnIndex,
      rowCount: range.rowCount,
      columnCount: range.columnCount,
    });

  return found.map((read, i) => {
    const place = places[i] as TablePlace;
    const rest = restOf[i] ?? { body: null, below: null };
    const first =
      read.first === null || read.first.isNullObject
        ? []
        : officeCellRows(read.first.values, read.first.valueTypes as string[][]);
    const body = [...first, ...(rest.body === null ? [] : (blocks[rest.body] ?? []))];
    const below = optimistic
      ? belowFromUsed(read, place)
      : rest.below === null
        ? []
        : (blocks[rest.below] ?? []);
    const neighbours = place.neighbours.flatMap((n) => {
      const rect = known.get(n.toLowerCase());
      return rect ? [rect] : [];
    });
    return tableGridOf({
      name: read.name,
      sheet: read.sheet.name,
      rect: place.rect,
      headerValues: read.header.values,
      body,
      below,
      stopRow: stopRowOf(place, neighbours),
      merges: read.merged === null || read.merged.isNullObject ? [] : areasOf(read.merged.address),
    });
  });
}

/** Template tables have their columns known; others are assumed wide. */
function columnsOf(name: string): number {
  const template = TEMPLATE_TABLES.find((t) => t.table.toLowerCase() === name.toLowerCase());
  return Math.max(1, template?.columns.length ?? ASSUMED_COLUMNS);
}

/** Bytes per cell the first rows' answer took, to size the blocks that read the rest. */
function measuredBytesPerCell(read: QueuedTableRead): number {
  const first = read.first;
  if (first === null || first.isNullObject) return PLANNED_BYTES_PER_CELL;
  const count = first.values.reduce((sum, row) => sum + row.length, 0);
  if (count === 0) return PLANNED_BYTES_PER_CELL;
  return Math.max(
    MIN_BYTES_PER_CELL,
    Math.ceil((jsonBytes(first.values) + jsonBytes(first.valueTypes)) / count),
  );
}

/** The used part below a table, as rows from its first row below across its columns (blanks filled in). */
function belowFromUsed(read: QueuedTableRead, place: TablePlace): CellValue[][] {
  const used = read.belowUsed;
  if (used.isNullObject) return [];
  const cells = officeCellRows(used.values, used.valueTypes as string[][]);
  const width = place.rect.columnCount;
  const offset = used.columnIndex - place.rect.column;
  return Array.from({ length: used.rowIndex + used.rowCount - place.firstRowBelow }, (_, r) => {
    const row = cells[r - (used.rowIndex - place.firstRowBelow)];
    return Array.from({ length: width }, (_, c) => row?.[c - offset] ?? null);
  });
}

/** The first row of another table that lies under this one within its columns; null when none. */
function stopRowOf(place: TablePlace, neighbours: readonly CellRect[]): number | null {
  const { rect } = place;
  const starts = neighbours
    .filter(
      (n) =>
        n.row >= place.firstRowBelow &&
        n.column <= rect.column + rect.columnCount - 1 &&
        n.column + n.columnCount - 1 >= rect.column,
    )
    .map((n) => n.row);
  return starts.length === 0 ? null : Math.min(...starts);
}
