import type { CellValue } from "../grid/CellValue";
import type { TableGrid } from "../grid/TableGrid";

const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a (32 bit) over the UTF-16 code units of a string, as 8 lowercase hex digits. */
export function fnv1a(text: string): string {
  let hash = FNV_OFFSET_BASIS;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

function normalised(value: CellValue): CellValue {
  // Surrounding spaces never change the plan (the parser trims), so they must not make tables stale.
  return typeof value === "string" ? value.trim() : value;
}

function isBlank(row: readonly CellValue[]): boolean {
  return row.every((v) => v === null || (typeof v === "string" && v.trim() === ""));
}

/**
 * A short fingerprint of the input tables' values, written into every generated sheet so a later
 * read can tell whether the tables were built from the data as it is now. Only what the
 * plan is made of counts: table names (any case), headers and non-blank rows, what lies below a table
 * (rows typed there are read as its rows) and merged areas (relative to the table) — not where a
 * table sits, nor the order the workbook lists the tables in. A table with nothing below it and no
 * merges hashes as it did before those were read.
 * @example inputFingerprint(sampleTables()) //=> 8 hex digits, e.g. "3f9a0c1e"
 */
export function inputFingerprint(tables: readonly TableGrid[]): string {
  const content = [...tables]
    .map((table) => ({
      name: table.name.toLowerCase(),
      headers: table.headers.map((h) => h.trim()),
      rows: table.rows.filter((row) => !isBlank(row)).map((row) => row.map(normalised)),
      // Blank rows below are kept (as null): a blank row decides which rows below are read.
      ...(table.rowsBelow.length > 0
        ? { below: table.rowsBelow.map((row) => (isBlank(row) ? null : row.map(normalised))) }
        : {}),
      ...(table.merges.length > 0
        ? {
            merges: table.merges.map((m) => [
              m.row - table.headerRow,
              m.column - table.firstColumn,
              m.rowCount,
              m.columnCount,
            ]),
          }
        : {}),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return fnv1a(JSON.stringify(content));
}
