import type { FundingSourceCode } from "../model/fundingSources";

/** Other ways staff write a funding source; accepted and normalised with a warning. */
export const FUNDING_SOURCE_ALIASES: Readonly<Record<FundingSourceCode, readonly string[]>> = {
  ORD: [
    "เทศบัญญัติงบประมาณรายจ่ายประจำปี",
    "ข้อบัญญัติ",
    "เทศบัญญัติ",
    "ข้อบัญญัติงบประมาณ",
    "เทศบัญญัติงบประมาณ",
    "งบประมาณรายจ่ายประจำปี",
  ],
  "ORD-SUB": ["เงินอุดหนุนหน่วยงานอื่น", "อุดหนุนหน่วยงานอื่น", "เงินอุดหนุนที่ อปท.อุดหนุนให้หน่วยงานอื่น"],
  SUPP: ["ข้อบัญญัติงบประมาณรายจ่ายเพิ่มเติม", "เทศบัญญัติงบประมาณรายจ่ายเพิ่มเติม"],
  ACC: ["เงินสะสม", "จ่ายขาดจากเงินสะสม"],
  SPG: ["อุดหนุนเฉพาะกิจ"],
  NONE: ["ไม่ใช้งบ"],
  AGENCY: ["หน่วยงานอื่น", "หน่วยงานอื่นดำเนินการในพื้นที่"],
  OTHER: ["อื่นๆ", "อื่น"],
};
