import { isBlank, type CellValue } from "../grid/CellValue";
import { FISCAL_MONTHS } from "../model/months";
import { SETTING_KEYS } from "../template/templateSpec";
import { matchKey } from "../text/matchKey";
import { cellText } from "../grid/cellText";
import {
  BUDGET_LINE_FIELDS,
  DEV_PLAN_PROJECT_FIELDS,
  EDITION_FIELDS,
  EQUIPMENT_FIELDS,
  FOLLOW_UP_REPORT_FIELDS,
  PROJECT_FIELDS,
  STRATEGY_FIELDS,
} from "./tableFields";

/** A row's cell by template header (blank when the table lacks the column). */
export type CellByHeader = (header: string) => CellValue;

/** What a table's rows look like, for telling rows typed below a table from other things there. */
export interface RowShape {
  /** Headers whose cells alone do not make a row: staff pre-number empty rows with ที่. */
  readonly ignoredAlone: readonly string[];
  /**
   * Whether a row further down the sheet, apart from the table, looks like one of its rows (a
   * project's name with a budget or a month mark, …): such a row is said to be left out.
   */
  looksLikeRow(cell: CellByHeader): boolean;
}

const filled = (cell: CellByHeader, header: string): boolean => !isBlank(cell(header));
const anyMonth = (cell: CellByHeader): boolean => FISCAL_MONTHS.some((month) => filled(cell, month));
const SETTING_KEY_SET = new Set(Object.values(SETTING_KEYS).map(matchKey));

const item = (name: string): RowShape => ({
  ignoredAlone: ["ที่"],
  looksLikeRow: (cell) => filled(cell, name) && (filled(cell, PROJECT_FIELDS.budget) || anyMonth(cell)),
});

const SHAPES: Readonly<Record<string, RowShape>> = {
  Projects: item(PROJECT_FIELDS.name),
  Equipment: item(EQUIPMENT_FIELDS.item),
  Strategies: {
    ignoredAlone: [],
    looksLikeRow: (cell) => filled(cell, STRATEGY_FIELDS.number) && filled(cell, STRATEGY_FIELDS.name),
  },
  PlanSettings: {
    ignoredAlone: [],
    looksLikeRow: (cell) => SETTING_KEY_SET.has(matchKey(cellText(cell("หัวข้อ")))),
  },
  Editions: {
    ignoredAlone: [],
    looksLikeRow: (cell) =>
      filled(cell, EDITION_FIELDS.code) &&
      Object.values(EDITION_FIELDS).some((h) => h !== EDITION_FIELDS.code && filled(cell, h)),
  },
  BudgetLines: {
    ignoredAlone: [],
    looksLikeRow: (cell) =>
      filled(cell, BUDGET_LINE_FIELDS.workPlan) && filled(cell, BUDGET_LINE_FIELDS.amount),
  },
  DevPlanProjects: {
    ignoredAlone: [],
    looksLikeRow: (cell) =>
      filled(cell, DEV_PLAN_PROJECT_FIELDS.name) &&
      (filled(cell, DEV_PLAN_PROJECT_FIELDS.page) || filled(cell, DEV_PLAN_PROJECT_FIELDS.item)),
  },
};

const FOLLOW_UP_REPORT_SHAPE: RowShape = {
  ignoredAlone: [],
  looksLikeRow: (cell) =>
    filled(cell, FOLLOW_UP_REPORT_FIELDS.round) &&
    Object.values(FOLLOW_UP_REPORT_FIELDS).some(
      (h) => h !== FOLLOW_UP_REPORT_FIELDS.round && filled(cell, h),
    ),
};

const ANY_ROW: RowShape = { ignoredAlone: [], looksLikeRow: () => false };

/** The shape of a template table's rows, by table name. */
export function rowShapeOf(table: string): RowShape {
  return SHAPES[table] ?? (table === "FollowUpReports" ? FOLLOW_UP_REPORT_SHAPE : ANY_ROW);
}

/**
 * A totals line typed under a table ("รวม", "รวมทั้งสิ้น", "ยอดรวม", "Total" with a sum beside it):
 * not a row of the table, and it ends the rows typed below (what follows belongs to no table row).
 */
export function isTotalsRow(cells: readonly CellValue[]): boolean {
  return cells.some((value) => typeof value === "string" && TOTAL_LABEL.test(matchKey(value)));
}

const TOTAL_LABEL =
  /^(?:รวม|ยอดรวม)(?:ทั้งสิ้น|ทั้งหมด|งบประมาณ|เงิน|ยอด)?[:.]*$|^(?:grand)?total[:.]*$|^sum[:.]*$/u;
