import type { EditionTrigger } from "../model/plan";

/** Dropdown labels of the Editions table's เหตุที่จัดทำ column, one per trigger (ข้อ 27). */
export const EDITION_TRIGGER_LABELS: Readonly<Record<EditionTrigger, string>> = {
  budgetOrdinance: "ประกาศใช้ข้อบัญญัติงบประมาณรายจ่ายประจำปี",
  supplementaryBudget: "ประกาศใช้ข้อบัญญัติงบประมาณรายจ่ายเพิ่มเติม",
  accumulatedFunds: "อนุมัติจ่ายขาดเงินสะสม",
  specificGrant: "ได้รับแจ้งเงินอุดหนุนเฉพาะกิจ",
  agencyNotice: "ได้รับแจ้งโครงการจากหน่วยงานอื่น",
  other: "อื่น ๆ",
};

/** Keywords in typed trigger text, most specific first ("รายจ่ายเพิ่มเติม" before "ข้อบัญญัติ"). */
export const EDITION_TRIGGER_KEYWORDS: readonly (readonly [string, EditionTrigger])[] = [
  ["เพิ่มเติม", "supplementaryBudget"],
  ["เงินสะสม", "accumulatedFunds"],
  ["เฉพาะกิจ", "specificGrant"],
  ["แจ้งโครงการ", "agencyNotice"],
  ["หน่วยงานอื่น", "agencyNotice"],
  ["ข้อบัญญัติ", "budgetOrdinance"],
  ["เทศบัญญัติ", "budgetOrdinance"],
  ["งบประมาณรายจ่ายประจำปี", "budgetOrdinance"],
];
