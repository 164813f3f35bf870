import { parseRangeA1, type CellRect } from "../../src/domain/grid/a1";
import type { CellValue } from "../../src/domain/grid/CellValue";
import type { TableGrid } from "../../src/domain/grid/TableGrid";
import {
  BUDGET_LINES_TABLE,
  DEV_PLAN_PROJECTS_TABLE,
  EDITIONS_TABLE,
  EQUIPMENT_TABLE,
  FOLLOW_UP_REPORTS_TABLE,
  PROJECTS_TABLE,
  SETTING_KEYS,
  SETTINGS_TABLE,
  STRATEGIES_TABLE,
  type TemplateTable,
} from "../../src/domain/template/templateSpec";

export type RowValues = Readonly<Record<string, CellValue>>;

const DEFAULT_SETTINGS: RowValues = {
  [SETTING_KEYS.organisationName]: "องค์การบริหารส่วนตำบลทดสอบ",
  [SETTING_KEYS.organisationType]: "อบต.",
  [SETTING_KEYS.amphoe]: "เมืองมหาสารคาม",
  [SETTING_KEYS.changwat]: "มหาสารคาม",
  [SETTING_KEYS.fiscalYear]: 2570,
  [SETTING_KEYS.executiveName]: "นายสมชาย ใจดี",
  [SETTING_KEYS.executivePosition]: "นายกองค์การบริหารส่วนตำบลทดสอบ",
};

const DEFAULT_STRATEGIES: RowValues[] = [
  { ลำดับ: 1, ยุทธศาสตร์: "ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน" },
  { ลำดับ: 2, ยุทธศาสตร์: "ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิตและสังคม" },
];

const defaultProject = (n: number): RowValues => ({
  ที่: n,
  ยุทธศาสตร์: 2,
  แผนงาน: "แผนงานการศึกษา",
  โครงการ: `โครงการทดสอบที่ ${n}`,
  รายละเอียดของกิจกรรมที่เกิดขึ้นจากโครงการ: "รายละเอียด",
  "งบประมาณ (บาท)": 10000,
  แหล่งงบประมาณ: "ข้อบัญญัติงบประมาณรายจ่ายประจำปี",
  สถานที่ดำเนินการ: "หมู่ที่ 1",
  หน่วยงานรับผิดชอบหลัก: "กองการศึกษา ศาสนาและวัฒนธรรม",
  "ต.ค.": "✓",
  ฉบับ: "หลัก",
  งบ: "งบดำเนินงาน",
  หมวด: "ค่าใช้สอย",
});

const defaultEquipment = (n: number): RowValues => ({
  ที่: n,
  แผนงาน: "แผนงานบริหารงานทั่วไป",
  ประเภทครุภัณฑ์: "ครุภัณฑ์สำนักงาน",
  ครุภัณฑ์: `ตู้เหล็กเก็บเอกสาร ${n}`,
  รายละเอียดของครุภัณฑ์: "จำนวน 1 ตู้",
  "งบประมาณ (บาท)": 5000,
  แหล่งงบประมาณ: "ข้อบัญญัติงบประมาณรายจ่ายประจำปี",
  สถานที่ดำเนินการ: "สำนักงาน",
  หน่วยงานรับผิดชอบหลัก: "สำนักปลัด",
  "ม.ค.": "✓",
  ฉบับ: "หลัก",
});

interface TableState {
  spec: TemplateTable;
  rows: RowValues[];
  /** Rows typed under the table, outside it (null: a blank row). */
  below: (RowValues | null)[];
  merges: CellRect[];
  headers: string[];
  headerRow: number;
  firstColumn: number;
}

/**
 * Test grids for a small valid plan (settings, two strategies, no rows): tests add or change only what
 * they are about. Tables sit at A1 of their sheets, so the first body row is Excel row 2:
 * Projects columns A ที่, B ยุทธศาสตร์, C แผนงาน, D โครงการ, F งบประมาณ, G แหล่ง, I หน่วยงาน, J–U months
 * (J = ต.ค.), V ฉบับ, W งบ, X หมวด; Equipment C ประเภท, F งบประมาณ, J–U months, V ฉบับ.
 * @example planGrids().withProject({ "งบประมาณ (บาท)": "1,000.00" }).build()
 */
export class PlanGrids {
  private readonly tables = new Map<string, TableState>();

  constructor() {
    const add = (spec: TemplateTable, rows: RowValues[]) =>
      this.tables.set(spec.table, {
        spec,
        rows,
        below: [],
        merges: [],
        headers: spec.columns.map((c) => c.header),
        headerRow: 0,
        firstColumn: 0,
      });
    add(
      SETTINGS_TABLE,
      Object.entries(DEFAULT_SETTINGS).map(([key, value]) => ({ หัวข้อ: key, ค่า: value })),
    );
    add(STRATEGIES_TABLE, [...DEFAULT_STRATEGIES]);
    add(PROJECTS_TABLE, []);
    add(EQUIPMENT_TABLE, []);
  }

  /** Sets a setting's value by its Thai key (SETTING_KEYS); null leaves the value blank. */
  withSetting(key: string, value: CellValue): this {
    const table = this.table(SETTINGS_TABLE.table);
    const row = table.rows.findIndex((r) => r["หัวข้อ"] === key);
    if (row < 0) table.rows.push({ หัวข้อ: key, ค่า: value });
    else table.rows[row] = { หัวข้อ: key, ค่า: value };
    return this;
  }

  /** Removes a setting's key row. */
  withoutSetting(key: string): this {
    const table = this.table(SETTINGS_TABLE.table);
    table.rows = table.rows.filter((r) => r["หัวข้อ"] !== key);
    return this;
  }

  withStrategies(rows: RowValues[]): this {
    this.table(STRATEGIES_TABLE.table).rows = [...rows];
    return this;
  }

  /** Adds a project: a valid default row (strategy 2, แผนงานการศึกษา, 10,000 บาท, ต.ค. ✓) with these changes. */
  withProject(changes: RowValues = {}): this {
    return this.addRow(PROJECTS_TABLE.table, defaultProject, changes);
  }

  /** Adds an equipment row: a valid default (ครุภัณฑ์สำนักงาน, 5,000 บาท, ม.ค. ✓) with these changes. */
  withEquipment(changes: RowValues = {}): this {
    return this.addRow(EQUIPMENT_TABLE.table, defaultEquipment, changes);
  }

  /**
   * Types a project under the Projects table, outside it (the table did not grow), after `blankRows`
   * blank rows: a valid default row as withProject makes, numbered on.
   */
  withProjectBelow(changes: RowValues = {}, blankRows = 0): this {
    const table = this.table(PROJECTS_TABLE.table);
    const n = table.rows.length + table.below.filter((r) => r !== null).length + 1;
    return this.withRowBelow(PROJECTS_TABLE.table, { ...defaultProject(n), ...changes }, blankRows);
  }

  /** Types a row of any values under a table, outside it, after `blankRows` blank rows. */
  withRowBelow(tableName: string, values: RowValues, blankRows = 0): this {
    const table = this.table(tableName);
    for (let i = 0; i < blankRows; i++) table.below.push(null);
    table.below.push(this.checked(table.spec, values));
    return this;
  }

  /** Merges a range of a table's sheet, as an A1 range ("F2:F3"): the hidden cells keep their values. */
  withMerge(tableName: string, range: string): this {
    const rect = parseRangeA1(range);
    if (!rect) throw new Error(`Not a range: ${range}`);
    this.table(tableName).merges.push(rect);
    return this;
  }

  /** Adds the Editions table (default: one row for หลัก). */
  withEditions(rows: RowValues[] = [{ ฉบับ: "หลัก", เหตุที่จัดทำ: "ประกาศใช้ข้อบัญญัติงบประมาณรายจ่ายประจำปี" }]): this {
    this.ensure(EDITIONS_TABLE).rows = rows.map((r) => this.checked(EDITIONS_TABLE, r));
    return this;
  }

  /** Adds a BudgetLines row (the table is created on first use). */
  withBudgetLine(values: RowValues): this {
    this.ensure(BUDGET_LINES_TABLE).rows.push(this.checked(BUDGET_LINES_TABLE, values));
    return this;
  }

  /** Adds a FollowUpReports row (the table is created on first use, without its template rows). */
  withFollowUpReport(values: RowValues): this {
    this.ensure(FOLLOW_UP_REPORTS_TABLE).rows.push(this.checked(FOLLOW_UP_REPORTS_TABLE, values));
    return this;
  }

  /** Adds a DevPlanProjects row (the table is created on first use; `withDevPlanProjects([])` makes it empty). */
  withDevPlanProject(values: RowValues): this {
    this.ensure(DEV_PLAN_PROJECTS_TABLE).rows.push(this.checked(DEV_PLAN_PROJECTS_TABLE, values));
    return this;
  }

  /** Adds the DevPlanProjects table with these rows. */
  withDevPlanProjects(rows: RowValues[]): this {
    this.ensure(DEV_PLAN_PROJECTS_TABLE).rows = rows.map((r) => this.checked(DEV_PLAN_PROJECTS_TABLE, r));
    return this;
  }

  withoutTable(name: string): this {
    this.tables.delete(name);
    return this;
  }

  /** Replaces a table's header texts (to test header matching): `from` → `to`, or drops it when `to` is null. */
  withHeader(tableName: string, from: string, to: string | null): this {
    const table = this.table(tableName);
    table.headers =
      to === null ? table.headers.filter((h) => h !== from) : table.headers.map((h) => (h === from ? to : h));
    if (to !== null) table.rows = table.rows.map((r) => ({ ...r, [to]: r[from] ?? null }));
    return this;
  }

  /** Moves a table so its header row starts at this A1 cell's 0-based position. */
  placedAt(tableName: string, headerRow: number, firstColumn: number): this {
    Object.assign(this.table(tableName), { headerRow, firstColumn });
    return this;
  }

  build(): TableGrid[] {
    return [...this.tables.values()].map((t) => ({
      name: t.spec.table,
      sheet: t.spec.sheet,
      headerRow: t.headerRow,
      firstColumn: t.firstColumn,
      headers: [...t.headers],
      rows: t.rows.map((row) => t.headers.map((h) => row[h] ?? null)),
      rowsBelow: t.below.map((row) => t.headers.map((h) => row?.[h] ?? null)),
      firstRowBelow: t.headerRow + 1 + t.rows.length,
      merges: [...t.merges],
    }));
  }

  private addRow(name: string, defaults: (n: number) => RowValues, changes: RowValues): this {
    const table = this.table(name);
    table.rows.push(this.checked(table.spec, { ...defaults(table.rows.length + 1), ...changes }));
    return this;
  }

  private checked(spec: TemplateTable, values: RowValues): RowValues {
    const unknown = Object.keys(values).filter((h) => !spec.columns.some((c) => c.header === h));
    if (unknown.length > 0) throw new Error(`${spec.table} has no column ${unknown.join(", ")}`);
    return values;
  }

  private ensure(spec: TemplateTable): TableState {
    if (!this.tables.has(spec.table)) {
      this.tables.set(spec.table, {
        spec,
        rows: [],
        below: [],
        merges: [],
        headers: spec.columns.map((c) => c.header),
        headerRow: 0,
        firstColumn: 0,
      });
    }
    return this.table(spec.table);
  }

  private table(name: string): TableState {
    const table = this.tables.get(name);
    if (!table) throw new Error(`No ${name} table in this builder`);
    return table;
  }
}

/** A builder for test grids of a small valid plan. */
export const planGrids = (): PlanGrids => new PlanGrids();
