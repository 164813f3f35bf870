import { CATALOG } from "../catalog/catalog";
import { UNBUDGETED_SOURCES } from "../model/fundingSources";
import { FISCAL_MONTHS } from "../model/months";
import type { LocatedTable } from "./locateTables";
import { cellText } from "./normaliseText";
import type { ParsedEquipment, ParsedProject } from "./ParsedWorkbook";
import { parseMoneyCell } from "./parseMoneyCell";
import { parseMonthCell } from "./parseMonthCell";
import { valueOf } from "./Reading";
import {
  BUDGET_TYPE_ENTRIES,
  CATEGORY_ENTRIES,
  readCatalogCell,
  readEditionCell,
  readFundingSourceCell,
} from "./readFields";
import { readStrategyCell } from "./readStrategyCell";
import { cellAt, readTableRows, type TableRow } from "./readTableRows";
import type { ParsedStrategy } from "./ParsedWorkbook";
import { EQUIPMENT_FIELDS, MONTH_FIELDS, PROJECT_FIELDS } from "./tableFields";

/** Reads the Projects rows; strategies resolve numbers and names. */
export function parseProjects(table: LocatedTable, strategies: readonly ParsedStrategy[]): ParsedProject[] {
  return readTableRows(table, { ...PROJECT_FIELDS, ...MONTH_FIELDS }, ["seq"]).map((row) => ({
    ...readItem(row),
    strategyNumber: readStrategyCell(cellAt(row, "strategyNumber"), strategies),
    name: cellText(cellAt(row, "name")),
    activityDetail: cellText(cellAt(row, "activityDetail")),
    budgetType: readCatalogCell(cellAt(row, "budgetType"), BUDGET_TYPE_ENTRIES),
    expenditureCategory: readCatalogCell(cellAt(row, "expenditureCategory"), CATEGORY_ENTRIES),
  }));
}

/** Reads the Equipment rows. */
export function parseEquipment(table: LocatedTable): ParsedEquipment[] {
  return readTableRows(table, { ...EQUIPMENT_FIELDS, ...MONTH_FIELDS }, ["seq"]).map((row) => ({
    ...readItem(row),
    equipmentType: readCatalogCell(cellAt(row, "equipmentType"), CATALOG.equipmentTypes),
    item: cellText(cellAt(row, "item")),
    detail: cellText(cellAt(row, "detail")),
  }));
}

function readItem(
  row: TableRow,
): Omit<ParsedProject, "strategyNumber" | "name" | "activityDetail" | "budgetType" | "expenditureCategory"> {
  const fundingSource = readFundingSourceCell(cellAt(row, "fundingSource"));
  const typedBudget = parseMoneyCell(cellAt(row, "budget"));
  const source = valueOf(fundingSource);
  // A blank budget on a project paid by nobody here (no budget / another agency) simply means zero.
  const unbudgeted = source !== undefined && UNBUDGETED_SOURCES.includes(source);
  const budget =
    typedBudget.status === "blank" && unbudgeted
      ? { status: "ok" as const, value: 0, text: "" }
      : typedBudget;
  return {
    ref: row.ref,
    seq: cellText(cellAt(row, "seq")),
    workPlan: readCatalogCell(cellAt(row, "workPlan"), CATALOG.workPlans),
    budget,
    fundingSource,
    location: cellText(cellAt(row, "location")),
    responsibleUnit: readCatalogCell(cellAt(row, "responsibleUnit"), CATALOG.units, true),
    months: FISCAL_MONTHS.map((m) => parseMonthCell(cellAt(row, m))),
    edition: readEditionCell(cellAt(row, "edition")),
    note: cellText(cellAt(row, "note")),
  };
}
