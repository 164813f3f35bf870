import { FISCAL_MONTHS } from "../model/months";

/**
 * The input template as data (the published contract of the workbook staff fill in): sheet and table names, exact header texts in order,
 * column widths and kinds, and which dropdown list feeds a column. Readers find tables by name and
 * columns by header text; both adapters create the template from this one description.
 */
export type ColumnKind = "text" | "money" | "month" | "integer" | "date";

/** Dropdown sources; "strategies" is the Strategies table's number column, the rest catalog lists. */
export type ListKey =
  | "strategies"
  | "workPlans"
  | "fundingSources"
  | "equipmentTypes"
  | "budgetTypes"
  | "expenditureCategories"
  | "organisationTypes"
  | "editionTriggers";

export interface TemplateColumn {
  readonly header: string;
  readonly kind: ColumnKind;
  readonly widthPt: number;
  readonly list?: ListKey;
}

export interface TemplateTable {
  readonly sheet: string;
  readonly table: string;
  readonly columns: readonly TemplateColumn[];
  /** Optional tables may be absent from a valid workbook. */
  readonly optional: boolean;
  /** Rows written when the table is created (PlanSettings comes with its keys). */
  readonly initialRows: readonly (readonly string[])[];
}

export const SETTING_KEYS = {
  organisationName: "ชื่อองค์กรปกครองส่วนท้องถิ่น",
  organisationType: "ประเภทองค์กร",
  amphoe: "อำเภอ",
  changwat: "จังหวัด",
  fiscalYear: "ปีงบประมาณ (พ.ศ.)",
  executiveName: "ชื่อผู้บริหารท้องถิ่น",
  executivePosition: "ตำแหน่งผู้บริหารท้องถิ่น",
} as const;

const text = (header: string, widthPt: number, list?: ListKey): TemplateColumn =>
  list ? { header, kind: "text", widthPt, list } : { header, kind: "text", widthPt };
const monthColumns: TemplateColumn[] = FISCAL_MONTHS.map((m) => ({ header: m, kind: "month", widthPt: 30 }));

export const SETTINGS_TABLE: TemplateTable = {
  sheet: "ตั้งค่า",
  table: "PlanSettings",
  optional: false,
  columns: [text("หัวข้อ", 180), text("ค่า", 300)],
  initialRows: Object.values(SETTING_KEYS).map((key) => [key, ""]),
};

export const STRATEGIES_TABLE: TemplateTable = {
  sheet: "ยุทธศาสตร์",
  table: "Strategies",
  optional: false,
  columns: [{ header: "ลำดับ", kind: "integer", widthPt: 50 }, text("ยุทธศาสตร์", 420)],
  initialRows: [],
};

export const PROJECTS_TABLE: TemplateTable = {
  sheet: "โครงการ",
  table: "Projects",
  optional: false,
  columns: [
    text("ที่", 32),
    text("ยุทธศาสตร์", 70, "strategies"),
    text("แผนงาน", 170, "workPlans"),
    text("โครงการ", 220),
    text("รายละเอียดของกิจกรรมที่เกิดขึ้นจากโครงการ", 240),
    { header: "งบประมาณ (บาท)", kind: "money", widthPt: 90 },
    text("แหล่งงบประมาณ", 170, "fundingSources"),
    text("สถานที่ดำเนินการ", 120),
    text("หน่วยงานรับผิดชอบหลัก", 130),
    ...monthColumns,
    text("ฉบับ", 90),
    text("งบ", 90, "budgetTypes"),
    text("หมวด", 120, "expenditureCategories"),
    text("หมายเหตุ", 150),
  ],
  initialRows: [],
};

export const EQUIPMENT_TABLE: TemplateTable = {
  sheet: "ครุภัณฑ์",
  table: "Equipment",
  optional: false,
  columns: [
    text("ที่", 32),
    text("แผนงาน", 170, "workPlans"),
    text("ประเภทครุภัณฑ์", 170, "equipmentTypes"),
    text("ครุภัณฑ์", 200),
    text("รายละเอียดของครุภัณฑ์", 240),
    { header: "งบประมาณ (บาท)", kind: "money", widthPt: 90 },
    text("แหล่งงบประมาณ", 170, "fundingSources"),
    text("สถานที่ดำเนินการ", 120),
    text("หน่วยงานรับผิดชอบหลัก", 130),
    ...monthColumns,
    text("ฉบับ", 90),
    text("หมายเหตุ", 150),
  ],
  initialRows: [],
};

export const EDITIONS_TABLE: TemplateTable = {
  sheet: "ฉบับ",
  table: "Editions",
  optional: true,
  columns: [
    text("ฉบับ", 110),
    text("เหตุที่จัดทำ", 220, "editionTriggers"),
    { header: "วันที่เกิดเหตุ", kind: "date", widthPt: 95 },
    { header: "วันที่คณะกรรมการสนับสนุนฯ จัดทำร่าง", kind: "date", widthPt: 95 },
    { header: "วันที่คณะกรรมการพัฒนาฯ พิจารณา", kind: "date", widthPt: 95 },
    { header: "วันที่ผู้บริหารอนุมัติ", kind: "date", widthPt: 95 },
    { header: "วันที่ประกาศ", kind: "date", widthPt: 95 },
    { header: "วันที่เริ่มปิดประกาศ", kind: "date", widthPt: 95 },
    { header: "วันที่สิ้นสุดปิดประกาศ", kind: "date", widthPt: 95 },
    text("หมายเหตุ", 150),
  ],
  initialRows: [["หลัก", "ประกาศใช้ข้อบัญญัติงบประมาณรายจ่ายประจำปี"]],
};

export const BUDGET_LINES_TABLE: TemplateTable = {
  sheet: "งบตามข้อบัญญัติ",
  table: "BudgetLines",
  optional: true,
  columns: [
    text("แผนงาน", 170, "workPlans"),
    text("งบ", 100, "budgetTypes"),
    text("หมวด", 130, "expenditureCategories"),
    { header: "จำนวนเงิน (บาท)", kind: "money", widthPt: 100 },
  ],
  initialRows: [],
};

/** Every template table, in the order the sheets are inserted. */
export const TEMPLATE_TABLES: readonly TemplateTable[] = [
  SETTINGS_TABLE,
  STRATEGIES_TABLE,
  PROJECTS_TABLE,
  EQUIPMENT_TABLE,
  EDITIONS_TABLE,
  BUDGET_LINES_TABLE,
];

/** Hidden-from-print sheet that holds the dropdown lists (catalog values), one column per list. */
export const LISTS_SHEET = "รายการอ้างอิง";
