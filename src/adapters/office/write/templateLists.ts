import { rangeA1 } from "../../../domain/grid/a1";
import { LISTS_SHEET, type ListKey } from "../../../domain/template/templateSpec";
import { STRATEGY_LIST_FORMULA } from "../../../domain/template/templateStyles";
import { safeCellText } from "./safeCellText";

/** What the lists sheet holds now: its sheet (a null object when absent), row 1 and used columns. */
export function queueListsSheet(context: Excel.RequestContext) {
  const sheet = context.workbook.worksheets.getItemOrNullObject(LISTS_SHEET);
  return {
    sheet,
    header: sheet.getRange("1:1").getUsedRangeOrNullObject(true).load("values"),
    used: sheet.getUsedRangeOrNullObject(true).load("columnIndex,columnCount"),
  };
}

export interface TemplateLists {
  /** A dropdown's source formula; null when the list is empty and has no other source. */
  readonly sourceOf: (key: ListKey) => string | null;
  /** Queues the list columns the sheet lacks, when a dropdown asked for one of them. */
  readonly write: (worksheets: Excel.WorksheetCollection) => void;
}

/**
 * Keeps the list columns already on the lists sheet and plans the missing ones to the right of
 * anything the sheet holds, so no user cell is written over. Empty lists get no column; the
 * strategies come from the Strategies table instead.
 */
export function planTemplateLists(
  existing: ReturnType<typeof queueListsSheet>,
  lists: Readonly<Record<string, readonly string[]>>,
): TemplateLists {
  const columns = new Map<string, number>();
  const headers =
    existing.sheet.isNullObject || existing.header.isNullObject ? [] : (existing.header.values[0] ?? []);
  headers.forEach((value: unknown, column: number) => {
    if (typeof value === "string" && value !== "") columns.set(value, column);
  });
  const missing = Object.keys(lists).filter((key) => !columns.has(key) && (lists[key]?.length ?? 0) > 0);
  let next = Math.max(
    headers.length,
    existing.sheet.isNullObject || existing.used.isNullObject
      ? 0
      : existing.used.columnIndex + existing.used.columnCount,
  );
  for (const key of missing) columns.set(key, next++);
  const width = next;

  let referred = false;
  const sourceOf = (key: ListKey): string | null => {
    const values = lists[key];
    const column = columns.get(key);
    if (key === "strategies" && (values?.length ?? 0) === 0) return `=${STRATEGY_LIST_FORMULA}`;
    if (column === undefined || !values || values.length === 0) return null;
    if (missing.includes(key)) referred = true;
    return `='${LISTS_SHEET}'!${absolute(rangeA1(1, column, values.length, 1))}`;
  };
  const write = (worksheets: Excel.WorksheetCollection): void => {
    if (!referred || missing.length === 0) return;
    const sheet = existing.sheet.isNullObject ? worksheets.add(LISTS_SHEET) : existing.sheet;
    for (const key of missing) {
      const column = columns.get(key) ?? 0;
      const values = lists[key] ?? [];
      const cells = sheet.getRangeByIndexes(0, column, values.length + 1, 1);
      cells.numberFormat = Array.from({ length: values.length + 1 }, () => ["@"]);
      cells.values = [[key], ...values.map((v) => [safeCellText(v)])];
      cells.format.columnWidth = LIST_COLUMN_WIDTH_PT;
    }
    sheet.getRangeByIndexes(0, 0, 1, width).format.font.bold = true;
  };
  return { sourceOf, write };
}

const LIST_COLUMN_WIDTH_PT = 200;

/** "B2:B9" → "$B$2:$B$9". */
function absolute(address: string): string {
  return address
    .split(":")
    .map((part) => part.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
}
