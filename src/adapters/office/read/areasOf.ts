import { parseRangeA1, type CellRect } from "../../../domain/grid/a1";

/**
 * Each area of an address Office.js returns, such as "'ผด.02'!A2:R2, 'ผด.02'!A5:A6" (sheet names may
 * hold commas and quotes, so the references after each "!" are matched, not the text split).
 */
export function areasOf(address: string): CellRect[] {
  const references = address.matchAll(/!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)/gu);
  return [...references].flatMap((match) => {
    const rect = parseRangeA1(match[1] ?? "");
    return rect ? [rect] : [];
  });
}

/** The rectangle of one range's address ("'ตั้งค่า'!$B$3:$C$9"). */
export function rectOfAddress(address: string): CellRect {
  const rect = parseRangeA1(address.slice(address.lastIndexOf("!") + 1));
  if (!rect) throw new RangeError(`Not a range address: ${address}`);
  return rect;
}

/** True when two rectangles share a cell. */
export function intersects(a: CellRect, b: CellRect): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}
