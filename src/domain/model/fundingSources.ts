import { z } from "zod";

/** Funding-source codes (internal) with their exact labels in the template's แหล่งงบประมาณ column. */
export const FUNDING_SOURCES = {
  ORD: "ข้อบัญญัติงบประมาณรายจ่ายประจำปี",
  "ORD-SUB": "เงินอุดหนุนที่ อปท. อุดหนุนให้หน่วยงานอื่น",
  SUPP: "งบประมาณรายจ่ายเพิ่มเติม",
  ACC: "จ่ายขาดเงินสะสม",
  SPG: "เงินอุดหนุนเฉพาะกิจ",
  NONE: "ไม่ใช้งบประมาณ",
  AGENCY: "หน่วยงานอื่นดำเนินการ",
  OTHER: "อื่น ๆ",
} as const;

export const FUNDING_SOURCE_CODES = Object.keys(FUNDING_SOURCES) as FundingSourceCode[];
export const FundingSourceCodeSchema = z.enum([
  "ORD",
  "ORD-SUB",
  "SUPP",
  "ACC",
  "SPG",
  "NONE",
  "AGENCY",
  "OTHER",
]);
export type FundingSourceCode = z.infer<typeof FundingSourceCodeSchema>;

/** Sources whose projects are not paid from this อปท.'s budget (ผด.01 can exclude them). */
export const UNBUDGETED_SOURCES: readonly FundingSourceCode[] = ["NONE", "AGENCY"];
