import type { FundingSourceCode } from "../../model/fundingSources";

/** Notes typed in a project's texts that name its funding, most specific first. */
const NOTES: readonly { readonly pattern: RegExp; readonly source: FundingSourceCode }[] = [
  { pattern: /เงินอุดหนุนเฉพาะกิจ/u, source: "SPG" },
  // Bare "เงินสะสม" only in brackets: community savings projects mention it too.
  { pattern: /จ่ายขาด(?:จาก)?เงินสะสม|\(\s*เงินสะสม\s*\)/u, source: "ACC" },
  { pattern: /ไม่ใช้งบประมาณ/u, source: "NONE" },
  { pattern: /งบประมาณรายจ่ายเพิ่มเติม/u, source: "SUPP" },
  { pattern: /\([^()]*ดำเนินการ\s*\)|หน่วยงานอื่นดำเนินการ/u, source: "AGENCY" },
  { pattern: /^(โครงการ)?อุดหนุน|อุดหนุนให้หน่วยงานอื่น/u, source: "ORD-SUB" },
];

/**
 * Funding source named by notes such as "(เงินอุดหนุนเฉพาะกิจ)" or "(อบจ.มหาสารคาม ดำเนินการ)" in the
 * project's texts; null when none says, and the caller assumes the ordinance.
 */
export function fundingFromNotes(texts: readonly string[]): FundingSourceCode | null {
  for (const { pattern, source } of NOTES) if (texts.some((t) => pattern.test(t))) return source;
  return null;
}
