import type ExcelJS from "exceljs";
import type { CellValue } from "../../domain/grid/CellValue";
import { fromA1 } from "../../domain/grid/a1";
import type { CellMerge, SheetCells } from "../../domain/import/SheetCells";
import { toCellValue } from "./toCellValue";

/** Office default theme colours by fill theme index (Excel swaps lt1/dk1: 0 = Background 1 = white). */
const THEME_COLOURS = [
  "FFFFFF",
  "000000",
  "E7E6E6",
  "44546A",
  "4472C4",
  "ED7D31",
  "A5A5A5",
  "FFC000",
  "5B9BD5",
  "70AD47",
];

/**
 * Reads a whole worksheet for the importer: values from A1 (dense), merges and solid fills.
 * Values are normalised by `toCellValue`, as the template reader does: Date → Excel serial, rich text →
 * plain text, formula → its cached result, error → `{ error }`. A merged range's value sits in its top-left cell only.
 * @throws never for odd cells: unknown value shapes read as null.
 */
export function readSheetCells(worksheet: ExcelJS.Worksheet): SheetCells {
  // findRow/findCell never create rows or cells, so reading leaves the worksheet as it was; unlike
  // eachRow/eachCell they also see cells that have only a fill, which is how some plans mark months.
  const rows = Array.from({ length: worksheet.rowCount }, (_, r) => worksheet.findRow(r + 1));
  const columnCount = Math.max(0, ...rows.map((row) => row?.cellCount ?? 0));
  const values: CellValue[][] = rows.map(() => Array<CellValue>(columnCount).fill(null));
  const fills: (string | null)[][] = rows.map(() => Array<string | null>(columnCount).fill(null));
  rows.forEach((row, r) => {
    for (let c = 0; row && c < row.cellCount; c++) {
      const cell = row.findCell(c + 1);
      const valueRow = values[r];
      const fillRow = fills[r];
      if (!cell || !valueRow || !fillRow) continue;
      if (cell.type !== 1 /* ValueType.Merge: shows the master's value */)
        valueRow[c] = toCellValue(cell.value);
      fillRow[c] = solidFill(cell.fill);
    }
  });
  return { name: worksheet.name, values, merges: mergesOf(worksheet), fills };
}

/** "#RRGGBB" for a solid fill that is not white; theme and indexed colours count as filled. */
function solidFill(fill: ExcelJS.Fill | undefined): string | null {
  if (!fill || fill.type !== "pattern" || fill.pattern !== "solid" || !fill.fgColor) return null;
  const color: Partial<ExcelJS.Color> & { indexed?: number; tint?: number } = fill.fgColor;
  let hex: string | null = null;
  if (typeof color.argb === "string" && color.argb.length >= 6) hex = color.argb.slice(-6).toUpperCase();
  else if (typeof color.theme === "number")
    hex = tinted(THEME_COLOURS[color.theme] ?? "808080", color.tint ?? 0);
  else if (typeof color.indexed === "number")
    hex = color.indexed === 9 || color.indexed === 64 ? null : "C0C0C0";
  return hex === null || hex === "FFFFFF" ? null : `#${hex}`;
}

/** Excel's tint: positive lightens towards white, negative darkens towards black. */
function tinted(hex: string, tint: number): string {
  const channel = (i: number): string => {
    const c = parseInt(hex.slice(i, i + 2), 16);
    const v = tint < 0 ? c * (1 + tint) : c + (255 - c) * tint;
    return Math.round(v).toString(16).padStart(2, "0").toUpperCase();
  };
  return channel(0) + channel(2) + channel(4);
}

interface RangeLike {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function mergesOf(worksheet: ExcelJS.Worksheet): CellMerge[] {
  // exceljs keeps merges in a private map; `model.merges` (A1 ranges) is the public but costlier view.
  const internal = (worksheet as unknown as { _merges?: Record<string, RangeLike> })._merges;
  if (internal) {
    return Object.values(internal).map((m) => ({
      row: m.top - 1,
      column: m.left - 1,
      rowCount: m.bottom - m.top + 1,
      columnCount: m.right - m.left + 1,
    }));
  }
  return worksheet.model.merges.flatMap((range) => {
    const [first, last = first] = range.split(":");
    if (first === undefined || last === undefined) return [];
    const top = fromA1(first);
    const bottom = fromA1(last);
    return [
      {
        row: top.row,
        column: top.column,
        rowCount: bottom.row - top.row + 1,
        columnCount: bottom.column - top.column + 1,
      },
    ];
  });
}
