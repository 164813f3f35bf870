import { CATALOG } from "../catalog/catalog";
import type { LocatedTable } from "./locateTables";
import type { ParsedBudgetLine } from "./ParsedWorkbook";
import { parseMoneyCell } from "./parseMoneyCell";
import { BUDGET_TYPE_ENTRIES, CATEGORY_ENTRIES, readCatalogCell } from "./readFields";
import { cellAt, readTableRows } from "./readTableRows";
import { BUDGET_LINE_FIELDS } from "./tableFields";

/** Reads the optional BudgetLines rows (the ordinance's appropriations). */
export function parseBudgetLines(table: LocatedTable): ParsedBudgetLine[] {
  return readTableRows(table, BUDGET_LINE_FIELDS).map((row) => ({
    ref: row.ref,
    workPlan: readCatalogCell(cellAt(row, "workPlan"), CATALOG.workPlans),
    budgetType: readCatalogCell(cellAt(row, "budgetType"), BUDGET_TYPE_ENTRIES),
    expenditureCategory: readCatalogCell(cellAt(row, "expenditureCategory"), CATEGORY_ENTRIES),
    amount: parseMoneyCell(cellAt(row, "amount")),
  }));
}
