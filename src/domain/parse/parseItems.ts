import { CATALOG } from "../catalog/catalog";
import { UNBUDGETED_SOURCES, type FundingSourceCode } from "../model/fundingSources";
import type { Satang } from "../model/money";
import { FISCAL_MONTHS, type MonthMask } from "../model/months";
import type { LocatedTable } from "./locateTables";
import { cellText } from "../grid/cellText";
import type { ParsedEquipment, ParsedItem, ParsedProject } from "./ParsedWorkbook";
import { memoByCell } from "./memoByCell";
import { parseMoneyCell } from "./parseMoneyCell";
import { readMonthCell } from "./parseMonthCell";
import { cellOf } from "../model/SourceRef";
import { valueOf, type Reading } from "./Reading";
import {
  BUDGET_TYPE_ENTRIES,
  CATEGORY_ENTRIES,
  readCatalogCell,
  readEditionCell,
  readFundingSourceCell,
} from "./readFields";
import { readStrategyCell } from "./readStrategyCell";
import { cellAt, mapTableRows, type TableRow } from "./readTableRows";
import type { ParsedStrategy } from "./ParsedWorkbook";
import { followUpReader } from "./parseFollowUp";
import {
  AMENDMENT_FIELDS,
  DEV_PLAN_LINK_FIELDS,
  EQUIPMENT_FIELDS,
  FOLLOW_UP_FIELDS,
  MONTH_FIELDS,
  PROJECT_FIELDS,
} from "./tableFields";
import { readAmendmentReason, readDevPlanRef, readPageOrItem } from "./parseDevPlan";

/** Reads the Projects rows; strategies resolve numbers and names. */
export function parseProjects(table: LocatedTable, strategies: readonly ParsedStrategy[]): ParsedProject[] {
  const read = itemReaders();
  const readStrategy = memoByCell((value) => readStrategyCell(value, strategies));
  const readBudgetType = memoByCell((value) => readCatalogCell(value, BUDGET_TYPE_ENTRIES));
  const readCategory = memoByCell((value) => readCatalogCell(value, CATEGORY_ENTRIES));
  const readFollowUp = followUpReader();
  const readPageItem = memoByCell(readPageOrItem);
  const fields = {
    ...PROJECT_FIELDS,
    ...DEV_PLAN_LINK_FIELDS,
    ...AMENDMENT_FIELDS,
    ...MONTH_FIELDS,
    ...FOLLOW_UP_FIELDS,
  };
  return mapTableRows(table, fields, (row) => {
    const fundingSource = read.fundingSource(cellAt(row, "fundingSource"));
    const marks = monthsOf(row);
    // One literal per row, its shared fields written out as in parseEquipment: building each row
    // from an intermediate item object (or a spread) dominated reading 50,000 rows.
    return {
      ref: row.ref,
      seq: cellText(cellAt(row, "seq")),
      workPlan: read.workPlan(cellAt(row, "workPlan")),
      budget: budgetOf(row, read, fundingSource),
      fundingSource,
      location: cellText(cellAt(row, "location")),
      responsibleUnit: read.responsibleUnit(cellAt(row, "responsibleUnit")),
      months: marks.months,
      noneMarks: marks.noneMarks,
      edition: read.edition(cellAt(row, "edition")),
      note: cellText(cellAt(row, "note")),
      amendmentReason: readAmendmentReason(row),
      strategyNumber: readStrategy(cellAt(row, "strategyNumber")),
      name: cellText(cellAt(row, "name")),
      activityDetail: cellText(cellAt(row, "activityDetail")),
      budgetType: readBudgetType(cellAt(row, "budgetType")),
      expenditureCategory: readCategory(cellAt(row, "expenditureCategory")),
      followUp: readFollowUp(row),
      devPlanRef: readDevPlanRef(row, readPageItem),
    };
  });
}

/** Reads the Equipment rows. */
export function parseEquipment(table: LocatedTable): ParsedEquipment[] {
  const read = itemReaders();
  const readType = memoByCell((value) => readCatalogCell(value, CATALOG.equipmentTypes));
  const readFollowUp = followUpReader();
  const fields = { ...EQUIPMENT_FIELDS, ...AMENDMENT_FIELDS, ...MONTH_FIELDS, ...FOLLOW_UP_FIELDS };
  return mapTableRows(table, fields, (row) => {
    const fundingSource = read.fundingSource(cellAt(row, "fundingSource"));
    const marks = monthsOf(row);
    return {
      ref: row.ref,
      seq: cellText(cellAt(row, "seq")),
      workPlan: read.workPlan(cellAt(row, "workPlan")),
      budget: budgetOf(row, read, fundingSource),
      fundingSource,
      location: cellText(cellAt(row, "location")),
      responsibleUnit: read.responsibleUnit(cellAt(row, "responsibleUnit")),
      months: marks.months,
      noneMarks: marks.noneMarks,
      edition: read.edition(cellAt(row, "edition")),
      note: cellText(cellAt(row, "note")),
      amendmentReason: readAmendmentReason(row),
      equipmentType: readType(cellAt(row, "equipmentType")),
      item: cellText(cellAt(row, "item")),
      detail: cellText(cellAt(row, "detail")),
      followUp: readFollowUp(row),
    };
  });
}

/** Readers of the fields most rows repeat, each sharing its readings within one table. */
function itemReaders() {
  return {
    fundingSource: memoByCell(readFundingSourceCell),
    budget: memoByCell(parseMoneyCell),
    workPlan: memoByCell((value) => readCatalogCell(value, CATALOG.workPlans)),
    responsibleUnit: memoByCell((value) => readCatalogCell(value, CATALOG.units, true)),
    edition: memoByCell(readEditionCell),
  };
}

// At most 4,096 distinct month masks exist, and most rows repeat a few: rows share one frozen array
// per mask (a plan of 50,000 rows otherwise holds 100,000 small arrays through the roll-ups).
const MASKS = new Map<number, MonthMask>();

// Rows without "none" marks (nearly all) share one result per mask.
const MONTHS_WITHOUT_NONE = new Map<number, Pick<ParsedItem, "months" | "noneMarks">>();

/**
 * The row's month marks, as the shared array for its mask, and its month cells holding only a
 * "none" mark (the first as typed), read in one pass over the cells.
 */
function monthsOf(row: TableRow): Pick<ParsedItem, "months" | "noneMarks"> {
  let bits = 0;
  let none: { text: string; cells: string[] } | null = null;
  for (let month = 0; month < FISCAL_MONTHS.length; month++) {
    const header = FISCAL_MONTHS[month] ?? "";
    const value = cellAt(row, header);
    const mark = readMonthCell(value);
    if (mark === "marked") bits |= 1 << month;
    else if (mark === "none") {
      none ??= { text: cellText(value), cells: [] };
      none.cells.push(cellOf(row.ref, header));
    }
  }
  if (none) return { months: maskOf(bits), noneMarks: none };
  let shared = MONTHS_WITHOUT_NONE.get(bits);
  if (!shared) {
    shared = { months: maskOf(bits), noneMarks: null };
    MONTHS_WITHOUT_NONE.set(bits, shared);
  }
  return shared;
}

function maskOf(bits: number): MonthMask {
  let mask = MASKS.get(bits);
  if (!mask) {
    mask = Object.freeze(FISCAL_MONTHS.map((_, month) => (bits & (1 << month)) !== 0)) as MonthMask;
    MASKS.set(bits, mask);
  }
  return mask;
}

const UNBUDGETED_ZERO = { status: "ok" as const, value: 0, text: "" };

/** The row's budget; blank on a project paid by nobody here (no budget / another agency) means zero. */
function budgetOf(
  row: TableRow,
  read: ReturnType<typeof itemReaders>,
  fundingSource: Reading<FundingSourceCode>,
): Reading<Satang> {
  const typed = read.budget(cellAt(row, "budget"));
  const source = valueOf(fundingSource);
  return typed.status === "blank" && source !== undefined && UNBUDGETED_SOURCES.includes(source)
    ? UNBUDGETED_ZERO
    : typed;
}
