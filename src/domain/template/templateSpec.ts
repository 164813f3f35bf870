import { PLAN_TEXT_TOPICS } from "../book/standardPlanTexts";
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
  | "editionTriggers"
  | "followUpStatuses";

export interface TemplateColumn {
  readonly header: string;
  readonly kind: ColumnKind;
  readonly widthPt: number;
  readonly list?: ListKey;
  /**
   * An optional column (development-plan link, amendment reason, follow-up): a table without it is
   * still valid, and inserting the template adds it at the table's right end, never moving a column.
   */
  readonly extension?: true;
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
const extension = (column: TemplateColumn): TemplateColumn => ({ ...column, extension: true });

/** Where a project comes from in the local development plan (แผนพัฒนาท้องถิ่น): its book, page and item. */
export const DEV_PLAN_LINK_HEADERS = {
  edition: "แผนพัฒนาท้องถิ่น (ฉบับ)",
  page: "แผนพัฒนาท้องถิ่น (หน้า)",
  item: "แผนพัฒนาท้องถิ่น (ลำดับ)",
} as const;

/** Why a project is added or changed in a เพิ่มเติม / เปลี่ยนแปลง / แก้ไข edition. */
export const AMENDMENT_REASON_HEADER = "เหตุผลความจำเป็น";

/** The follow-up of the year, per project or equipment item. */
export const FOLLOW_UP_HEADERS = {
  status: "สถานะ",
  contractDate: "วันที่ลงนามสัญญา",
  contractAmount: "จำนวนเงินตามสัญญา (บาท)",
  disbursed: "เบิกจ่ายแล้ว (บาท)",
  completionDate: "วันที่แล้วเสร็จ",
  problems: "ปัญหาและอุปสรรค",
} as const;

const devPlanLinkColumns: TemplateColumn[] = [
  extension(text(DEV_PLAN_LINK_HEADERS.edition, 120)),
  extension({ header: DEV_PLAN_LINK_HEADERS.page, kind: "integer", widthPt: 60 }),
  extension({ header: DEV_PLAN_LINK_HEADERS.item, kind: "integer", widthPt: 60 }),
];
const amendmentColumns: TemplateColumn[] = [extension(text(AMENDMENT_REASON_HEADER, 220))];
const followUpColumns: TemplateColumn[] = [
  extension(text(FOLLOW_UP_HEADERS.status, 130, "followUpStatuses")),
  extension({ header: FOLLOW_UP_HEADERS.contractDate, kind: "date", widthPt: 95 }),
  extension({ header: FOLLOW_UP_HEADERS.contractAmount, kind: "money", widthPt: 100 }),
  extension({ header: FOLLOW_UP_HEADERS.disbursed, kind: "money", widthPt: 100 }),
  extension({ header: FOLLOW_UP_HEADERS.completionDate, kind: "date", widthPt: 95 }),
  extension(text(FOLLOW_UP_HEADERS.problems, 200)),
];

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
    ...devPlanLinkColumns,
    ...amendmentColumns,
    ...followUpColumns,
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
    ...amendmentColumns,
    ...followUpColumns,
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

/** The local development plan's project list (its ผ.02), that own-budget projects must come from. */
export const DEV_PLAN_PROJECTS_TABLE: TemplateTable = {
  sheet: "แผนพัฒนา",
  table: "DevPlanProjects",
  optional: true,
  columns: [
    text("แผนพัฒนาท้องถิ่น (ฉบับ)", 120),
    { header: "หน้า", kind: "integer", widthPt: 50 },
    { header: "ลำดับ", kind: "integer", widthPt: 50 },
    text("ยุทธศาสตร์", 70, "strategies"),
    text("แผนงาน", 170, "workPlans"),
    text("โครงการ", 260),
    { header: "งบประมาณ (บาท)", kind: "money", widthPt: 100 },
  ],
  initialRows: [],
};

/** The prose of the plan book (คำนำ, ส่วนที่ 1 บทนำ, the preparing unit); blank means the standard text. */
export const PLAN_TEXTS_TABLE: TemplateTable = {
  sheet: "ข้อความแผน",
  table: "PlanTexts",
  optional: true,
  columns: [text("หัวข้อ", 200), text("ข้อความ", 520)],
  // Every topic listed with its text blank (= the standard text): staff see what they may write.
  initialRows: PLAN_TEXT_TOPICS.map((topic) => [topic, ""]),
};

/** The follow-up rounds as their rows read (the round's cell); the parser also reads other spellings. */
export const FOLLOW_UP_ROUND_LABELS = { "6": "รอบ 6 เดือน", "12": "รอบ 12 เดือน" } as const;

/**
 * When each follow-up round was presented and posted (ข้อ 29 (5): the executive presents the results
 * to the council and the development committee, posts them within 15 days, for at least 30 days, at
 * least once a year within December). Optional, like Editions; it comes with one row per round.
 */
export const FOLLOW_UP_REPORTS_TABLE: TemplateTable = {
  sheet: "ติดตามผล",
  table: "FollowUpReports",
  optional: true,
  columns: [
    text("รอบรายงาน", 110),
    { header: "วันที่ผู้บริหารเสนอผล", kind: "date", widthPt: 110 },
    { header: "วันที่ประกาศผล", kind: "date", widthPt: 95 },
    { header: "วันที่เริ่มปิดประกาศ", kind: "date", widthPt: 95 },
    { header: "วันที่สิ้นสุดปิดประกาศ", kind: "date", widthPt: 95 },
    text("หมายเหตุ", 150),
  ],
  initialRows: Object.values(FOLLOW_UP_ROUND_LABELS).map((label) => [label]),
};

/** Every template table, in the order the sheets are inserted. */
export const TEMPLATE_TABLES: readonly TemplateTable[] = [
  SETTINGS_TABLE,
  STRATEGIES_TABLE,
  PROJECTS_TABLE,
  EQUIPMENT_TABLE,
  EDITIONS_TABLE,
  BUDGET_LINES_TABLE,
  DEV_PLAN_PROJECTS_TABLE,
  PLAN_TEXTS_TABLE,
  FOLLOW_UP_REPORTS_TABLE,
];

/** Hidden-from-print sheet that holds the dropdown lists (catalog values), one column per list. */
export const LISTS_SHEET = "รายการอ้างอิง";
