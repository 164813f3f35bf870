import type { TableGrid } from "../grid/TableGrid";
import {
  BUDGET_LINES_TABLE,
  DEV_PLAN_PROJECTS_TABLE,
  EDITIONS_TABLE,
  EQUIPMENT_TABLE,
  FOLLOW_UP_REPORTS_TABLE,
  PROJECTS_TABLE,
  SETTINGS_TABLE,
  STRATEGIES_TABLE,
  type TemplateTable,
} from "../template/templateSpec";
import { matchKey } from "../text/matchKey";
import { dataRowsOf, type DataRows } from "./dataRows";
import { rowShapeOf, type RowShape } from "./rowShapes";
import { TemplateStructureError } from "./TemplateStructureError";

/**
 * A template table found in the workbook, with the grid column of each template header it has, and
 * its data rows as typed (the body and the rows typed directly below it, see dataRowsOf).
 */
export interface LocatedTable {
  readonly grid: TableGrid;
  readonly spec: TemplateTable;
  readonly columnOf: ReadonlyMap<string, number>;
  readonly shape: RowShape;
  readonly data: DataRows;
}

export interface LocatedTables {
  readonly settings: LocatedTable;
  readonly strategies: LocatedTable;
  readonly projects: LocatedTable;
  readonly equipment: LocatedTable;
  readonly editions: LocatedTable | null;
  readonly budgetLines: LocatedTable | null;
  readonly followUpReports: LocatedTable | null;
  readonly devPlanProjects: LocatedTable | null;
}

// Columns a plan can be read without; every other template header must be there.
const OPTIONAL_HEADERS: Readonly<Record<string, readonly string[]>> = {
  Projects: [
    "ที่",
    "รายละเอียดของกิจกรรมที่เกิดขึ้นจากโครงการ",
    "สถานที่ดำเนินการ",
    "หน่วยงานรับผิดชอบหลัก",
    "ฉบับ",
    "งบ",
    "หมวด",
    "หมายเหตุ",
  ],
  Equipment: ["ที่", "รายละเอียดของครุภัณฑ์", "สถานที่ดำเนินการ", "หน่วยงานรับผิดชอบหลัก", "ฉบับ", "หมายเหตุ"],
  Editions: EDITIONS_TABLE.columns.map((c) => c.header).filter((h) => h !== "ฉบับ"),
  BudgetLines: ["งบ", "หมวด"],
  FollowUpReports: FOLLOW_UP_REPORTS_TABLE.columns.map((c) => c.header).filter((h) => h !== "รอบรายงาน"),
  DevPlanProjects: ["แผนพัฒนาท้องถิ่น (ฉบับ)", "ยุทธศาสตร์", "แผนงาน", "งบประมาณ (บาท)"],
};

/**
 * Finds the template tables by table name (case-insensitive, as Excel does) and their columns by
 * header text (compared by matchKey: spacing and what copying leaves ignored; order free, extra
 * columns ignored).
 * @throws TemplateStructureError when a required table or a required header is missing.
 */
export function locateTables(tables: readonly TableGrid[]): LocatedTables {
  return {
    settings: required(tables, SETTINGS_TABLE),
    strategies: required(tables, STRATEGIES_TABLE),
    projects: required(tables, PROJECTS_TABLE),
    equipment: required(tables, EQUIPMENT_TABLE),
    editions: optional(tables, EDITIONS_TABLE),
    budgetLines: optional(tables, BUDGET_LINES_TABLE),
    followUpReports: optional(tables, FOLLOW_UP_REPORTS_TABLE),
    devPlanProjects: optional(tables, DEV_PLAN_PROJECTS_TABLE),
  };
}

function required(tables: readonly TableGrid[], spec: TemplateTable): LocatedTable {
  const located = optional(tables, spec);
  if (!located) throw new TemplateStructureError("missing-table", { table: spec.table, sheet: spec.sheet });
  return located;
}

function optional(tables: readonly TableGrid[], spec: TemplateTable): LocatedTable | null {
  const grid = tables.find((t) => t.name.toLowerCase() === spec.table.toLowerCase());
  if (!grid) return null;
  const byHeader = new Map<string, number>();
  grid.headers.forEach((header, index) => {
    const key = matchKey(header);
    if (!byHeader.has(key)) byHeader.set(key, index);
  });
  const columnOf = new Map<string, number>();
  for (const column of spec.columns) {
    const { header } = column;
    const index = byHeader.get(matchKey(header));
    if (index !== undefined) columnOf.set(header, index);
    else if (!column.extension && !(OPTIONAL_HEADERS[spec.table] ?? []).includes(header)) {
      throw new TemplateStructureError("missing-header", { table: spec.table, sheet: grid.sheet, header });
    }
  }
  const shape = rowShapeOf(spec.table);
  return { grid, spec, columnOf, shape, data: dataRowsOf(grid, columnOf, shape, nextTableRow(grid, tables)) };
}

/**
 * The header row of the first other table under this one on its sheet, over its columns: rows typed
 * below a table stop there (they belong to that table).
 */
function nextTableRow(grid: TableGrid, tables: readonly TableGrid[]): number {
  const last = grid.firstColumn + grid.headers.length - 1;
  return Math.min(
    ...tables
      .filter(
        (t) =>
          t !== grid &&
          t.sheet === grid.sheet &&
          t.headerRow >= grid.firstRowBelow &&
          t.firstColumn <= last &&
          t.firstColumn + t.headers.length - 1 >= grid.firstColumn,
      )
      .map((t) => t.headerRow),
  );
}
