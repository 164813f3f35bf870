import type { IssueCode, IssueOf, ParamsOf } from "../../src/domain/validate/Issue";

/**
 * One realistic params example per issue code, as the rules raise them. Typed by code: a new code
 * without an example here, or an example with a param its code does not have, fails the type check.
 */
export const ISSUE_EXAMPLES: { readonly [C in IssueCode]: ParamsOf<C> } = {
  "cell-error": { value: "#REF!" },
  "missing-value": { field: "budget", table: "Projects" },
  "missing-setting": { setting: "amphoe" },
  "missing-fiscal-year": {},
  "implausible-fiscal-year": { value: "2026", min: 2500, max: 2700 },
  "unknown-organisation-type": { value: "อบต" },
  "unreadable-number": { value: "หนึ่ง" },
  "duplicate-strategy-number": { number: 2, firstCell: "A3" },
  "unknown-strategy": { value: "9" },
  "unknown-work-plan": { value: "แผนงานท่องเที่ยว" },
  "unknown-funding-source": { value: "เงินบริจาค" },
  "unknown-equipment-type": { value: "ครุภัณฑ์ทั่วไป" },
  "work-plan-alias": { value: "แผนงานการพานิชย์", canonical: "แผนงานการพาณิชย์" },
  "funding-source-alias": { value: "ข้อบัญญัติ", canonical: "ข้อบัญญัติงบประมาณรายจ่ายประจำปี" },
  "equipment-type-alias": { value: "ครุภัณฑ์คอมพิวเตอร์", canonical: "ครุภัณฑ์คอมพิวเตอร์หรืออิเล็กทรอนิกส์" },
  "budget-type-alias": { value: "งบ ลงทุน", canonical: "งบลงทุน" },
  "expenditure-category-alias": { value: "ค่าครุภัณฑ", canonical: "ค่าครุภัณฑ์" },
  "unit-alias": { value: "กองสาธารณสุขฯ", canonical: "กองสาธารณสุขและสิ่งแวดล้อม" },
  "organisation-type-alias": { value: "ทต.", canonical: "เทศบาลตำบล" },
  "unreadable-budget": { value: "ห้าหมื่น" },
  "negative-budget": { value: "-5,000" },
  "no-month-marked": {},
  "unknown-budget-type": { value: "งบพิเศษ" },
  "unknown-expenditure-category": { value: "ค่าอื่น ๆ" },
  "incomplete-budget-pair": { field: "expenditureCategory", value: "งบดำเนินงาน" },
  "invalid-budget-pair": {
    budgetType: "งบลงทุน",
    value: "ค่าใช้สอย",
    allowed: "ค่าครุภัณฑ์, ค่าที่ดินและสิ่งก่อสร้าง",
  },
  "budget-with-no-budget-source": { value: "10,000", source: "ไม่ใช้งบประมาณ" },
  "zero-budget-with-budgeted-source": { value: "0", source: "ข้อบัญญัติงบประมาณรายจ่ายประจำปี" },
  "duplicate-project": { name: "ซ่อมถนนหมู่ที่ 3", edition: "หลัก", firstCell: "D2" },
  "invalid-edition-code": { value: "เพิ่ม 1" },
  "edition-not-recorded": { edition: "เพิ่มเติม 1/2570" },
  "unreadable-date": { value: "31/13/2569" },
  "over-appropriation": { workPlan: "แผนงานการศึกษา", planned: 11_000_050, appropriated: 10_000_000 },
  "under-appropriation": {
    workPlan: "แผนงานการศึกษา",
    budgetType: "งบดำเนินงาน",
    expenditureCategory: "ค่าใช้สอย",
    planned: 1_000_000,
    appropriated: 2_000_000,
  },
  "edition-announcement-late": {
    edition: "เพิ่มเติม 1/2570",
    triggerDate: "2026-09-15",
    announcementDate: "2026-10-20",
    dueDate: "2026-10-15",
    daysLate: 5,
  },
  "edition-posting-start-late": {
    edition: "เพิ่มเติม 1/2570",
    announcementDate: "2026-10-01",
    postingStart: "2026-10-20",
    dueDate: "2026-10-16",
    daysLate: 4,
  },
  "edition-posting-too-short": {
    edition: "หลัก",
    postingStart: "2026-10-21",
    postingEnd: "2026-11-09",
    days: 20,
    minimumDays: 30,
    dueDate: "2026-11-19",
  },
  "edition-dates-out-of-order": {
    edition: "หลัก",
    field: "approvalDate",
    date: "2026-09-20",
    previousField: "committeeReviewDate",
    previousDate: "2026-09-30",
  },
  "edition-date-missing": { edition: "หลัก", field: "announcementDate", dueDate: "2026-10-15" },
  "edition-dates-not-recorded": { edition: "เปลี่ยนแปลง 1/2570" },
  "import-no-header": {},
  "import-not-operational-plan": {
    reason: "procurement-title",
    text: "แผนการจัดหาพัสดุ ประจำปีงบประมาณ พ.ศ. 2570",
  },
  "import-no-months": {},
  "import-no-fiscal-year": {},
  "import-fiscal-year-mismatch": { sheetYear: 2570, expected: 2569 },
  "import-subtotal-mismatch": { stated: 2_000_000, computed: 1_294_567.5, label: "รวม" },
  "import-funding-assumed": { count: 4, cells: "A9, A11, A15, A19" },
  "import-budget-unreadable": { text: "ตามจริง" },
  "import-no-strategy": { count: 1, cells: "A7" },
  "import-no-work-plan": { count: 2, cells: "A7, A9" },
  "import-unknown-work-plan": { text: "แผนงานพิเศษ" },
  "import-no-months-marked": { count: 3, cells: "A9, A11, A15" },
  "table-read-from-sheet": { table: "Projects", sheet: "โครงการ" },
};

/** The example issue of a code (a warning, unlocated). */
export function exampleIssue<C extends IssueCode>(code: C): IssueOf<C> {
  return { code, severity: "warning", params: ISSUE_EXAMPLES[code] };
}
