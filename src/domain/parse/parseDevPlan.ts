import { CATALOG } from "../catalog/catalog";
import { isBlank, type CellValue } from "../grid/CellValue";
import { cellText } from "../grid/cellText";
import type { LocatedTable } from "./locateTables";
import { memoByCell } from "./memoByCell";
import type { ParsedDevPlanProject, ParsedDevPlanRef, ParsedStrategy } from "./ParsedWorkbook";
import { parseIntegerCell } from "./parseIntegerCell";
import { parseMoneyCell } from "./parseMoneyCell";
import type { Reading } from "./Reading";
import { readCatalogCell } from "./readFields";
import { readStrategyCell } from "./readStrategyCell";
import { cellAt, mapTableRows, type TableRow } from "./readTableRows";
import { DEV_PLAN_PROJECT_FIELDS } from "./tableFields";

/** Words staff type before a page or an item number ("หน้า 45", "ลำดับที่ 3", "ข้อ 3"), longest first. */
const NUMBER_PREFIXES = ["หน้าที่", "หน้า", "ลำดับที่", "ลำดับ", "ข้อที่", "ข้อ", "ที่", "น.", "p."];

/** A page or an item number: typed as a number, as text, with Thai digits or a word before it. */
export const readPageOrItem = (value: CellValue): Reading<number> => parseIntegerCell(value, NUMBER_PREFIXES);

/**
 * A project's development-plan reference from its optional columns; null when the table has none
 * of them. The plan book is kept as typed (devPlanEdition reads it when comparing).
 */
export function readDevPlanRef(
  row: TableRow,
  read: (value: CellValue) => Reading<number>,
): ParsedDevPlanRef | null {
  const { fieldIndex } = row;
  if (!fieldIndex.has("devPlanEdition") && !fieldIndex.has("devPlanPage") && !fieldIndex.has("devPlanItem"))
    return null;
  return {
    edition: cellText(cellAt(row, "devPlanEdition")),
    page: read(cellAt(row, "devPlanPage")),
    item: read(cellAt(row, "devPlanItem")),
  };
}

/** เหตุผลความจำเป็น as typed; null when the table has no such column. */
export function readAmendmentReason(row: TableRow): string | null {
  return row.fieldIndex.has("amendmentReason") ? cellText(cellAt(row, "amendmentReason")) : null;
}

/** Reads the optional DevPlanProjects rows (the development plan's project list). */
export function parseDevPlanProjects(
  table: LocatedTable,
  strategies: readonly ParsedStrategy[],
): ParsedDevPlanProject[] {
  const readNumber = memoByCell(readPageOrItem);
  const readWorkPlan = memoByCell((value) => readCatalogCell(value, CATALOG.workPlans, true));
  const readStrategy = memoByCell((value) => readListStrategy(value, strategies));
  return mapTableRows(table, DEV_PLAN_PROJECT_FIELDS, (row) => ({
    ref: row.ref,
    edition: cellText(cellAt(row, "edition")),
    page: readNumber(cellAt(row, "page")),
    item: readNumber(cellAt(row, "item")),
    strategyNumber: readStrategy(cellAt(row, "strategyNumber")),
    workPlan: readWorkPlan(cellAt(row, "workPlan")),
    name: cellText(cellAt(row, "name")),
    budget: parseMoneyCell(cellAt(row, "budget")),
  }));
}

/**
 * The list's strategy: a number as typed (the development plan numbers its own strategies, which the
 * operational plan takes over), else the name of one of the plan's strategies.
 */
function readListStrategy(value: CellValue, strategies: readonly ParsedStrategy[]): Reading<number> {
  if (isBlank(value)) return { status: "blank" };
  const number = parseIntegerCell(value, ["ยุทธศาสตร์ที่"]);
  return number.status === "ok" && number.value > 0 ? number : readStrategyCell(value, strategies);
}
