import type { CellRect } from "../../../domain/grid/a1";
import type { OfficeCapabilities } from "../capabilities";
import { rectOfAddress } from "./areasOf";

/** No plan's input table has its typed-below rows this far down (the file adapter reads as far). */
export const MAX_ROWS_BELOW = 20_000;

/**
 * Everything the first sync asks about one table: where it is, its header, its size, the first
 * `prefixRows` body rows, what lies below it within its columns (values too with `belowValues`),
 * the names of its sheet's tables and, with ExcelApi 1.13, the merged areas over its body and below.
 */
export function queueTableRead(
  context: Excel.RequestContext,
  name: string,
  { prefixRows, belowValues }: { readonly prefixRows: number; readonly belowValues: boolean },
  capabilities: OfficeCapabilities,
) {
  const table = context.workbook.tables.getItemOrNullObject(name);
  const header = table.getHeaderRowRange().load("values,address");
  const body = table.getDataBodyRange().load("rowCount,columnCount");
  const whole = table.getRange().load("rowCount");
  const below = whole.getRowsBelow(MAX_ROWS_BELOW);
  const extent = "rowIndex,rowCount,columnIndex,columnCount";
  return {
    name,
    table,
    sheet: table.worksheet.load("name"),
    header,
    body,
    whole,
    sheetTables: table.worksheet.tables.load("items/name"),
    first:
      prefixRows > 0
        ? body.getIntersectionOrNullObject(header.getRowsBelow(prefixRows)).load("values,valueTypes")
        : null,
    belowUsed: below
      .getUsedRangeOrNullObject(true)
      .load(belowValues ? `values,valueTypes,${extent}` : extent),
    merged: capabilities.mergedAreas
      ? body.getBoundingRect(below).getMergedAreasOrNullObject().load("address")
      : null,
  };
}

export type QueuedTableRead = ReturnType<typeof queueTableRead>;

/** Where a table read in the first sync sits, once that sync is done. */
export interface TablePlace {
  /** The whole table: header, body and totals. */
  readonly rect: CellRect;
  readonly bodyRows: number;
  /** 0-based sheet row right under the table (after its totals row). */
  readonly firstRowBelow: number;
  /** Last 0-based sheet row with a value under the table within its columns; null when none. */
  readonly lastRowBelow: number | null;
  /** The other tables on its sheet. */
  readonly neighbours: readonly string[];
}

export function placeOf(read: QueuedTableRead): TablePlace {
  const header = rectOfAddress(read.header.address);
  const rect = { ...header, rowCount: read.whole.rowCount };
  const below = read.belowUsed;
  return {
    rect,
    bodyRows: read.body.rowCount,
    firstRowBelow: rect.row + rect.rowCount,
    lastRowBelow: below.isNullObject ? null : below.rowIndex + below.rowCount - 1,
    neighbours: read.sheetTables.items
      .map((t) => t.name)
      .filter((n) => n.toLowerCase() !== read.name.toLowerCase()),
  };
}
