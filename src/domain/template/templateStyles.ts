import type { CellStyle } from "../layout/SheetSpec";
import { STRATEGIES_TABLE, type ColumnKind } from "./templateSpec";

/** Number formats of template columns: text stays text ("@"), money shows satang. */
export const TEMPLATE_NUMBER_FORMATS: Readonly<Record<ColumnKind, string>> = {
  text: "@",
  month: "@",
  money: "#,##0.00",
  integer: "0",
  date: "d/m/yyyy",
};

/** Template header cells: bold on a light grey-blue fill, wrapped, so input tables read as a form. */
export const TEMPLATE_HEADER_STYLE: CellStyle = {
  font: { bold: true },
  fill: "#DDEBF7",
  wrap: true,
  vertical: "middle",
  numberFormat: "@",
};

/**
 * The strategy dropdown's source: the Strategies table's number column, by structured reference
 * (through INDIRECT, which list validation needs), so the list grows with the user's table.
 */
export const STRATEGY_LIST_FORMULA = `INDIRECT("${STRATEGIES_TABLE.table}[${STRATEGIES_TABLE.columns[0]?.header ?? ""}]")`;

/** Rows under a new table's header that carry its dropdowns and formats (a file has no auto-extend). */
export const PREPARED_ROWS = 500;
