import type { SheetPicture } from "../../../app/WorkbookPort";
import { bytesOfBase64 } from "../write/base64";

/** Rows and columns measured past the used range, for pictures that lie below or right of it. */
const MARGIN = 100;

/** The index whose start (the sum of the sizes before it) is the last at or before `at` points. */
function indexAt(sizes: readonly number[], at: number): number {
  let start = 0;
  for (let i = 0; i < sizes.length; i++) {
    const next = start + (sizes[i] ?? 0);
    // Half a point of slack: Excel rounds positions to whole pixels.
    if (next > at + 0.5) return i;
    start = next;
  }
  // Past the measured rows: the last one's size continues (Excel's standard size, in practice).
  const last = sizes[sizes.length - 1] ?? 0;
  return last > 0 ? sizes.length + Math.floor((at - start) / last) : sizes.length;
}

/**
 * The pictures of a sheet (not shapes or charts), top to bottom and left to right by the cell their
 * top-left corner lies over, in 2 syncs: the sheet's pictures with their places and its used range;
 * then each picture as PNG (`getAsImage`, so any picture Excel holds reads as a file the core takes)
 * and the heights and widths of the rows and columns before them. None when the sheet does not exist.
 * @apiSet ExcelApi 1.9
 */
export async function readSheetPictures(
  context: Excel.RequestContext,
  sheetName: string,
): Promise<SheetPicture[]> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  const shapes = sheet.shapes.load("items/type,items/top,items/left");
  const used = sheet.getUsedRangeOrNullObject(false).load("rowIndex,rowCount,columnIndex,columnCount");
  await context.sync();
  if (sheet.isNullObject) return [];
  const pictures = shapes.items.filter((shape) => shape.type === "Image");
  if (pictures.length === 0) return [];

  const rows = (used.isNullObject ? 0 : used.rowIndex + used.rowCount) + MARGIN;
  const columns = (used.isNullObject ? 0 : used.columnIndex + used.columnCount) + MARGIN;
  const heights = sheet.getRangeByIndexes(0, 0, rows, 1).getRowProperties({ format: { rowHeight: true } });
  const widths = sheet
    .getRangeByIndexes(0, 0, 1, columns)
    .getColumnProperties({ format: { columnWidth: true } });
  const images = pictures.map((shape) => ({ shape, base64: shape.getAsImage("PNG") }));
  await context.sync();

  const rowSizes = heights.value.map((row) => row.format?.rowHeight ?? 0);
  const columnSizes = widths.value.map((column) => column.format?.columnWidth ?? 0);
  const found: (SheetPicture & { top: number; left: number })[] = [];
  for (const { shape, base64 } of images) {
    const data = bytesOfBase64(base64.value);
    if (!data) continue;
    found.push({
      data,
      row: indexAt(rowSizes, shape.top),
      column: indexAt(columnSizes, shape.left),
      top: shape.top,
      left: shape.left,
    });
  }
  return found
    .sort((a, b) => a.row - b.row || a.column - b.column || a.top - b.top || a.left - b.left)
    .map(({ data, row, column }) => ({ data, row, column }));
}
