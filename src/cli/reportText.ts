import type { Language } from "../messages/Language";

const TH = {
  needJsonOrOutput: "คำสั่ง report ต้องใช้ร่วมกับ --json หรือ -o OUT.xlsx (หรือทั้งสองอย่าง)",
  pdfNeedsOutput: "--pdf ต้องใช้ร่วมกับ -o OUT.xlsx (พิมพ์จากสำเนาที่มีรายงาน)",
  badAsOf: (v: string) => `อ่านวันที่ "${v}" ของ --as-of ไม่ได้ ให้พิมพ์ เช่น 2027-03-31 หรือ 31/3/2570`,
  withErrors: (n: number) =>
    `คำเตือน: แผนมีข้อผิดพลาด ${n} รายการ รายงานนับเฉพาะแถวที่อ่านได้ครบ (ดูรายการด้วยคำสั่ง validate)`,
  written: (p: string, sheets: string) => `เขียนรายงานผลการติดตามแล้ว: ${p} (${sheets})`,
};

export type ReportText = typeof TH;

const EN: ReportText = {
  needJsonOrOutput: "report needs --json or -o OUT.xlsx (or both)",
  pdfNeedsOutput: "--pdf needs -o OUT.xlsx (the PDF is printed from the copy with the reports)",
  badAsOf: (v) => `Cannot read the --as-of date "${v}"; type e.g. 2027-03-31 or 31/3/2570`,
  withErrors: (n) =>
    `Warning: the plan has ${n} error(s); the report counts only the rows that could be read (see validate)`,
  written: (p, sheets) => `Follow-up reports written: ${p} (${sheets})`,
};

/** The `report` command's own messages (the shared ones are in cliText). */
export function reportText(lang: Language): ReportText {
  return lang === "en" ? EN : TH;
}
