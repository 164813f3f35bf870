import { rangeA1, type CellRect } from "../../../domain/grid/a1";
import type { ListKey, TemplateColumn, TemplateTable } from "../../../domain/template/templateSpec";
import { TEMPLATE_HEADER_STYLE, TEMPLATE_NUMBER_FORMATS } from "../../../domain/template/templateStyles";
import type { OfficeCapabilities } from "../capabilities";
import { intersects } from "../read/areasOf";
import { applyCellStyle } from "./applyCellStyle";
import { safeCellText } from "./safeCellText";

/** A kept table that lacks optional template columns, as the first sync found it. */
export interface LackingTable {
  readonly template: TemplateTable;
  readonly table: Excel.Table;
  readonly sheet: Excel.Worksheet;
  /** The whole table (header, body, totals), 0-based. */
  readonly rect: CellRect;
  readonly bodyRows: number;
  /** The optional columns it lacks, in template order. */
  readonly columns: readonly TemplateColumn[];
}

/**
 * What the second sync asks about the cells where the columns would go (the table's rows, just right
 * of it): values, merged areas (ExcelApi 1.13; before it, any formatted cell stands for a possible
 * merge), and whether each column still has the sheet's standard width.
 */
export function queueColumnsCheck(lacking: LackingTable, capabilities: OfficeCapabilities) {
  const target = lacking.sheet.getRangeByIndexes(
    lacking.rect.row,
    lacking.rect.column + lacking.rect.columnCount,
    lacking.rect.rowCount,
    lacking.columns.length,
  );
  return {
    values: target.getUsedRangeOrNullObject(true).load("rowIndex"),
    formatted: capabilities.mergedAreas ? null : target.getUsedRangeOrNullObject(false).load("rowIndex"),
    merged: capabilities.mergedAreas ? target.getMergedAreasOrNullObject().load("address") : null,
    widths: lacking.columns.map((_, i) =>
      target.getColumn(i).getEntireColumn().format.load("useStandardWidth"),
    ),
  };
}

/** True when the columns may go there: no value, merge or other table of the sheet (`sheetTables`) in the way. */
export function columnsFit(
  lacking: LackingTable,
  check: ReturnType<typeof queueColumnsCheck>,
  sheetTables: readonly CellRect[],
): boolean {
  const { rect } = lacking;
  const target = { ...rect, column: rect.column + rect.columnCount, columnCount: lacking.columns.length };
  // The table itself is among the sheet's tables; it lies left of the target, never in it.
  return (
    check.values.isNullObject &&
    (check.formatted === null || check.formatted.isNullObject) &&
    (check.merged === null || check.merged.isNullObject) &&
    !sheetTables.some((other) => intersects(other, target))
  );
}

/**
 * Queues the columns at the table's right end, moving nothing: header cells in the template's header
 * style, each column's number format on the table's rows, its dropdown on the table column, and its
 * width where the sheet column has the standard one. With ExcelApi 1.13 the table is resized over
 * header cells written next to it; before, each column is added at the end of the table.
 */
export function appendTableColumns(
  lacking: LackingTable,
  check: ReturnType<typeof queueColumnsCheck>,
  capabilities: OfficeCapabilities,
  sourceOf: (key: ListKey) => string | null,
): void {
  const { table, sheet, rect, columns } = lacking;
  const first = rect.column + rect.columnCount;
  const header = sheet.getRangeByIndexes(rect.row, first, 1, columns.length);
  if (capabilities.tableResize) {
    header.numberFormat = [columns.map(() => "@")];
    header.values = [columns.map((c) => safeCellText(c.header))];
    table.resize(rangeA1(rect.row, rect.column, rect.rowCount, rect.columnCount + columns.length));
  } else {
    for (const column of columns) table.columns.add(undefined, undefined, column.header);
  }
  applyCellStyle(header, TEMPLATE_HEADER_STYLE, {
    allowIndent: false,
    multiRow: false,
    multiColumn: columns.length > 1,
  });
  columns.forEach((column, i) => {
    if (lacking.bodyRows > 0) {
      sheet.getRangeByIndexes(rect.row + 1, first + i, lacking.bodyRows, 1).numberFormat = Array.from(
        { length: lacking.bodyRows },
        () => [TEMPLATE_NUMBER_FORMATS[column.kind]],
      );
    }
    if (check.widths[i]?.useStandardWidth === true)
      sheet.getRangeByIndexes(0, first + i, 1, 1).format.columnWidth = column.widthPt;
    // Only a dropdown that is made asks for its list (the lists sheet is written only for those).
    if (capabilities.dataValidation && column.list) {
      const source = sourceOf(column.list);
      if (source !== null)
        table.columns.getItemAt(rect.columnCount + i).getDataBodyRange().dataValidation.rule = {
          list: { inCellDropDown: true, source },
        };
    }
  });
}
