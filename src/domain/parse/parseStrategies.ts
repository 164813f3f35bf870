import type { LocatedTable } from "./locateTables";
import { cellText } from "../grid/cellText";
import type { ParsedStrategy } from "./ParsedWorkbook";
import { parseIntegerCell } from "./parseIntegerCell";
import { cellAt, readTableRows } from "./readTableRows";
import { STRATEGY_FIELDS } from "./tableFields";

/** Reads the Strategies rows: number (Thai digits, "ยุทธศาสตร์ที่ 1" tolerated) and name. */
export function parseStrategies(table: LocatedTable): ParsedStrategy[] {
  return readTableRows(table, STRATEGY_FIELDS).map((row) => ({
    ref: row.ref,
    number: parseIntegerCell(cellAt(row, "number"), ["ยุทธศาสตร์ที่"]),
    name: cellText(cellAt(row, "name")),
  }));
}
