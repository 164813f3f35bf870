import type { CellValue } from "../../grid/CellValue";
import type { SheetCells } from "../SheetCells";

/** Reads cells through merges: a merged range shows its top-left value (and fill) in every cell it covers. */
export interface MergeLookup {
  value(row: number, column: number): CellValue;
  fill(row: number, column: number): string | null;
  /** The merge's top-left when (row, column) is covered by a merge, else the cell itself. */
  anchor(row: number, column: number): { row: number; column: number };
}

export function mergeLookup(cells: SheetCells): MergeLookup {
  // Numeric keys (Excel has at most 16,384 columns) keep lookups cheap on long sheets.
  const key = (row: number, column: number): number => row * 16_384 + column;
  const anchors = new Map<number, { row: number; column: number }>();
  for (const m of cells.merges) {
    for (let r = m.row; r < m.row + m.rowCount; r++) {
      for (let c = m.column; c < m.column + m.columnCount; c++)
        anchors.set(key(r, c), { row: m.row, column: m.column });
    }
  }
  const anchor = (row: number, column: number) => anchors.get(key(row, column)) ?? { row, column };
  return {
    anchor,
    value: (row, column) => {
      const a = anchor(row, column);
      return cells.values[a.row]?.[a.column] ?? null;
    },
    fill: (row, column) => {
      const a = anchor(row, column);
      return cells.fills[a.row]?.[a.column] ?? cells.fills[row]?.[column] ?? null;
    },
  };
}
