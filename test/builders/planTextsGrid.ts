import type { TableGrid } from "../../src/domain/grid/TableGrid";

/** A PlanTexts table read raw: `หัวข้อ` | `ข้อความ` rows, and rows typed below it. */
export function planTextsGrid(rows: (string | null)[][], rowsBelow: (string | null)[][] = []): TableGrid {
  return {
    name: "PlanTexts",
    sheet: "ข้อความแผน",
    headerRow: 0,
    firstColumn: 0,
    headers: ["หัวข้อ", "ข้อความ"],
    rows,
    rowsBelow,
    firstRowBelow: rows.length + 1,
    merges: [],
  };
}
