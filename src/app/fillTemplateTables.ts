import { isBlank, type CellValue } from "../domain/grid/CellValue";
import { TEMPLATE_TABLES } from "../domain/template/templateSpec";
import type { TableCellWrite, WorkbookPort } from "./WorkbookPort";

/**
 * Fills template tables from rows given in template column order (the demo's sample, test
 * fixtures). A table created with key rows (PlanSettings' keys, Editions' หลัก) gets the values
 * written into the row of the same key; every other row is appended under the table's data.
 */
export async function fillTemplateTables(
  port: WorkbookPort,
  rowsByTable: Readonly<Record<string, readonly (readonly CellValue[])[]>>,
): Promise<void> {
  const names = Object.keys(rowsByTable);
  const grids = await port.readTables(names);
  for (const name of names) {
    const rows = rowsByTable[name] ?? [];
    const template = TEMPLATE_TABLES.find((t) => t.table === name);
    const grid = grids.find((g) => g.name.toLowerCase() === name.toLowerCase());
    const keyed = (template?.initialRows.length ?? 0) > 0 && grid !== undefined;
    const writes: TableCellWrite[] = [];
    const appended: (readonly CellValue[])[] = [];
    for (const row of rows) {
      // The row of the same key, when what it holds agrees (blank, or the same value).
      const at = keyed
        ? (grid?.rows ?? []).findIndex(
            (existing) =>
              existing[0] === row[0] &&
              existing.every((value, c) => c === 0 || isBlank(value) || value === row[c]),
          )
        : -1;
      if (at < 0) appended.push(row);
      else row.forEach((value, column) => column > 0 && writes.push({ row: at, column, value }));
    }
    if (writes.length > 0) await port.writeTableCells(name, writes);
    if (appended.length > 0) await port.appendTableRows(name, appended);
  }
}
