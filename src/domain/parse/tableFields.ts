import { FISCAL_MONTHS } from "../model/months";
import { FOLLOW_UP_HEADERS } from "../template/templateSpec";

/** Model field → template header, for the row readers and for `cellOf(ref, field)`. */
export const PROJECT_FIELDS = {
  seq: "ที่",
  strategyNumber: "ยุทธศาสตร์",
  workPlan: "แผนงาน",
  name: "โครงการ",
  activityDetail: "รายละเอียดของกิจกรรมที่เกิดขึ้นจากโครงการ",
  budget: "งบประมาณ (บาท)",
  fundingSource: "แหล่งงบประมาณ",
  location: "สถานที่ดำเนินการ",
  responsibleUnit: "หน่วยงานรับผิดชอบหลัก",
  edition: "ฉบับ",
  budgetType: "งบ",
  expenditureCategory: "หมวด",
  note: "หมายเหตุ",
} as const;

export const EQUIPMENT_FIELDS = {
  seq: "ที่",
  workPlan: "แผนงาน",
  equipmentType: "ประเภทครุภัณฑ์",
  item: "ครุภัณฑ์",
  detail: "รายละเอียดของครุภัณฑ์",
  budget: "งบประมาณ (บาท)",
  fundingSource: "แหล่งงบประมาณ",
  location: "สถานที่ดำเนินการ",
  responsibleUnit: "หน่วยงานรับผิดชอบหลัก",
  edition: "ฉบับ",
  note: "หมายเหตุ",
} as const;

export const STRATEGY_FIELDS = { number: "ลำดับ", name: "ยุทธศาสตร์" } as const;

export const SETTINGS_FIELDS = { key: "หัวข้อ", value: "ค่า" } as const;

export const EDITION_FIELDS = {
  code: "ฉบับ",
  trigger: "เหตุที่จัดทำ",
  triggerDate: "วันที่เกิดเหตุ",
  draftDate: "วันที่คณะกรรมการสนับสนุนฯ จัดทำร่าง",
  committeeReviewDate: "วันที่คณะกรรมการพัฒนาฯ พิจารณา",
  approvalDate: "วันที่ผู้บริหารอนุมัติ",
  announcementDate: "วันที่ประกาศ",
  postingStart: "วันที่เริ่มปิดประกาศ",
  postingEnd: "วันที่สิ้นสุดปิดประกาศ",
  note: "หมายเหตุ",
} as const;

export const BUDGET_LINE_FIELDS = {
  workPlan: "แผนงาน",
  budgetType: "งบ",
  expenditureCategory: "หมวด",
  amount: "จำนวนเงิน (บาท)",
} as const;

/** Month columns are fields named by their header (ต.ค. … ก.ย.); "months" points at ต.ค. */
export const MONTH_FIELDS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(FISCAL_MONTHS.map((m) => [m, m])),
  months: FISCAL_MONTHS[0],
};

/** The optional follow-up columns of Projects and Equipment (PRODUCT §3), by model field. */
export const FOLLOW_UP_FIELDS: Readonly<Record<keyof typeof FOLLOW_UP_HEADERS, string>> = FOLLOW_UP_HEADERS;

export const FOLLOW_UP_REPORT_FIELDS = {
  round: "รอบรายงาน",
  presentedDate: "วันที่ผู้บริหารเสนอผล",
  announcementDate: "วันที่ประกาศผล",
  postingStart: "วันที่เริ่มปิดประกาศ",
  postingEnd: "วันที่สิ้นสุดปิดประกาศ",
  note: "หมายเหตุ",
} as const;

/** The optional development-plan link of a project (where it comes from in the ผ.02 list). */
export const DEV_PLAN_LINK_FIELDS = {
  devPlanEdition: "แผนพัฒนาท้องถิ่น (ฉบับ)",
  devPlanPage: "แผนพัฒนาท้องถิ่น (หน้า)",
  devPlanItem: "แผนพัฒนาท้องถิ่น (ลำดับ)",
} as const;

/** The optional amendment reason of a project or equipment row. */
export const AMENDMENT_FIELDS = { amendmentReason: "เหตุผลความจำเป็น" } as const;

export const DEV_PLAN_PROJECT_FIELDS = {
  edition: "แผนพัฒนาท้องถิ่น (ฉบับ)",
  page: "หน้า",
  item: "ลำดับ",
  strategyNumber: "ยุทธศาสตร์",
  workPlan: "แผนงาน",
  name: "โครงการ",
  budget: "งบประมาณ (บาท)",
} as const;
