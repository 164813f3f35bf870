import type { CellValue } from "../../../domain/grid/CellValue";
import type { SheetCells } from "../../../domain/import/SheetCells";
import { areasOf } from "./areasOf";
import { officeCellValue } from "./officeCellValue";

/** Which optional reads this Excel can do; without them the import still works from values alone. */
export interface SheetReadApis {
  /**
   * ExcelApi 1.13: `Range.getMergedAreasOrNullObject`. Older: no merges (group rows still read by text).
   * @apiSet ExcelApi 1.13
   */
  readonly mergedAreas: boolean;
  /**
   * ExcelApi 1.9: `Range.getCellProperties`. Older: no fills (colour-only months are not seen).
   * @apiSet ExcelApi 1.9
   */
  readonly cellProperties: boolean;
}

/** Fill Excel reports for a cell without one. */
const NO_FILL = "#FFFFFF";

/**
 * Reads a whole worksheet for the importer in 2 syncs (1 when neither optional read is available): the used
 * range's values and types, then its merged areas and fills. The result starts at A1 like the exceljs reader's.
 * @throws Excel's ItemNotFound when there is no such sheet
 */
export async function readSheetCells(
  context: Excel.RequestContext,
  sheetName: string,
  apis: SheetReadApis,
): Promise<SheetCells> {
  const sheet = context.workbook.worksheets.getItem(sheetName).load("name");
  // Not values-only: a cell that is only coloured can be a month mark.
  const used = sheet
    .getUsedRangeOrNullObject(false)
    .load("values,valueTypes,rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();
  if (used.isNullObject) return { name: sheet.name, values: [], merges: [], fills: [] };

  const merged = apis.mergedAreas ? used.getMergedAreasOrNullObject().load("address") : null;
  const properties = apis.cellProperties
    ? used.getCellProperties({ format: { fill: { color: true } } })
    : null;
  if (merged !== null || properties !== null) await context.sync();

  const top = used.rowIndex;
  const left = used.columnIndex;
  const width = left + used.columnCount;
  const pad = <T>(row: readonly T[], empty: T): T[] => [...Array<T>(left).fill(empty), ...row];
  const blankRows = <T>(empty: T): T[][] => Array.from({ length: top }, () => Array<T>(width).fill(empty));
  const values: CellValue[][] = [
    ...blankRows<CellValue>(null),
    ...used.values.map((row, r) =>
      pad(
        row.map((v, c) => officeCellValue(v, used.valueTypes[r]?.[c])),
        null,
      ),
    ),
  ];
  const fillRows: (string | null)[][] = properties
    ? properties.value.map((row) =>
        pad(
          row.map((cell) => fillOf(cell.format?.fill?.color)),
          null,
        ),
      )
    : used.values.map(() => Array<string | null>(width).fill(null));
  return {
    name: sheet.name,
    values,
    merges: merged === null || merged.isNullObject ? [] : areasOf(merged.address),
    fills: [...blankRows<string | null>(null), ...fillRows],
  };
}

function fillOf(color: string | undefined): string | null {
  if (typeof color !== "string" || !/^#[0-9A-F]{6}$/iu.test(color)) return null;
  const upper = color.toUpperCase();
  return upper === NO_FILL ? null : upper;
}
