import { isBlank, type CellValue } from "../../../domain/grid/CellValue";
import type { TableGrid } from "../../../domain/grid/TableGrid";
import type { CellRect } from "../../../domain/grid/a1";
import { cellText } from "../../../domain/grid/cellText";
import { squeeze } from "../../../domain/text/whiteSpace";
import type { OoxmlPackage } from "../package/OoxmlPackage";
import { resolveSharedStrings } from "./resolveSharedStrings";
import type { TableEntry, WorkbookStructure } from "./readStructure";
import { scanSheet } from "./scanSheet";
import type { StyleFacts } from "./readStyles";

/** No plan's input table has its typed-below rows this far down; beyond it the rest is not read. */
export const MAX_ROWS_BELOW = 20_000;

/** Days between Excel's 1904 and 1900 date systems: 1904-based date serials are moved by this. */
const DATE_1904_OFFSET = 1462;

/** The named tables (case-insensitive, as Excel names them), in the order asked for. */
export function findTables(structure: WorkbookStructure, names: readonly string[]): TableEntry[] {
  return names.flatMap((name) => {
    const found = structure.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
    return found ? [found] : [];
  });
}

interface SheetCellsRead {
  readonly rows: readonly (readonly CellValue[] | undefined)[];
  readonly merges: readonly CellRect[];
  readonly lastRow: number;
}

/**
 * Reads tables raw: headers (the header row's text, else the table's column names), body rows, what
 * lies below the table within its columns, and merges overlapping it. Each sheet that holds a table
 * is scanned once; no other sheet is read, and only the shared strings these sheets use.
 */
export function readTableGrids(
  pkg: OoxmlPackage,
  structure: WorkbookStructure,
  tables: readonly TableEntry[],
  styles: StyleFacts,
): TableGrid[] {
  const parts = [...new Set(tables.map((t) => t.sheetPart))];
  const scans = parts.map((part) =>
    scanSheet(pkg, part, structure.date1904 ? { numberOf: date1904Shift(styles) } : {}),
  );
  const resolve = resolveSharedStrings(
    pkg,
    structure.sharedStringsPart,
    scans.map((s) => Array.from(s.rows, (row) => row ?? [])),
  );
  const sheets = new Map<string, SheetCellsRead>(
    parts.map((part, i) => {
      const scan = scans[i] ?? { rows: [], merges: [], lastRow: -1 };
      const resolved = resolve(Array.from(scan.rows, (row) => row ?? []));
      return [part, { rows: resolved, merges: scan.merges, lastRow: scan.lastRow }];
    }),
  );
  return tables.map((table) =>
    gridOf(
      table,
      sheets.get(table.sheetPart),
      structure.tables.filter((t) => t !== table && t.sheetPart === table.sheetPart),
    ),
  );
}

function date1904Shift(styles: StyleFacts): (style: number, value: number) => number {
  return (style, value) => (styles.isDate(style) ? value + DATE_1904_OFFSET : value);
}

function gridOf(
  table: TableEntry,
  sheet: SheetCellsRead | undefined,
  neighbours: readonly TableEntry[],
): TableGrid {
  const { range } = table;
  const slice = (row: number): CellValue[] => {
    const cells = sheet?.rows[row];
    return Array.from({ length: range.columnCount }, (_, c) => cells?.[range.column + c] ?? null);
  };
  const rowsOf = (from: number, to: number): CellValue[][] => {
    const out: CellValue[][] = [];
    for (let r = from; r <= to; r++) out.push(slice(r));
    return out;
  };
  const header = slice(range.row);
  const headerRows = headerRowCountOf(table, header);
  const bodyFirst = range.row + headerRows;
  const bodyLast = range.row + range.rowCount - 1 - table.totalsRowCount;
  const belowFirst = range.row + range.rowCount;
  // What lies below ends where another table of the sheet begins across these columns.
  const nextTable = Math.min(
    ...neighbours
      .filter(
        (t) =>
          t.range.row >= belowFirst &&
          t.range.column <= range.column + range.columnCount - 1 &&
          t.range.column + t.range.columnCount - 1 >= range.column,
      )
      .map((t) => t.range.row),
  );
  const below = rowsOf(
    belowFirst,
    Math.min(sheet?.lastRow ?? -1, belowFirst + MAX_ROWS_BELOW - 1, nextTable - 1),
  );
  while (below.length > 0 && (below.at(-1) ?? []).every(isBlank)) below.pop();
  const lastRow = Math.max(bodyLast, belowFirst + below.length - 1);
  const merges = (sheet?.merges ?? []).filter(
    (m) =>
      m.row <= lastRow &&
      m.row + m.rowCount - 1 >= bodyFirst &&
      m.column <= range.column + range.columnCount - 1 &&
      m.column + m.columnCount - 1 >= range.column,
  );
  const rows = rowsOf(bodyFirst, bodyLast);
  // Blank rows at a table's end are no rows (Excel leaves them when rows are cleared); between entries they stay.
  while (rows.length > 0 && (rows.at(-1) ?? []).every(isBlank)) rows.pop();
  return {
    name: table.name,
    sheet: table.sheet,
    // Body row i is at headerRow + 1 + i, also for a table without a header row.
    headerRow: bodyFirst - 1,
    firstColumn: range.column,
    headers: Array.from({ length: range.columnCount }, (_, c) => {
      const text = headerRows > 0 ? cellText(header[c] ?? null) : "";
      return text !== "" ? text : (table.columns[c] ?? "").trim();
    }),
    rows,
    rowsBelow: below,
    firstRowBelow: belowFirst,
    merges,
  };
}

/**
 * exceljs saves a loaded table's header as headerRowCount="0" (it misreads Excel's default). A
 * table that says it has no header but whose first row spells most of its column names has one
 * (exceljs also leaves a header cell edited after loading out of step with its column name).
 */
function headerRowCountOf(table: TableEntry, firstRow: readonly CellValue[]): number {
  if (table.headerRowCount > 0 || table.columns.length === 0) return table.headerRowCount;
  const spelled = table.columns.filter((name, c) => cellText(firstRow[c]) === squeeze(name)).length;
  return spelled * 2 > table.columns.length ? 1 : 0;
}
