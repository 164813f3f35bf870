import type { Language } from "../messages/Language";

/** The texts of `import-devplan` (kept apart from cliText, which every command shares). */
const TH = {
  noSheet: "ไม่พบชีตที่เป็นแบบ ผ.02 (บัญชีโครงการของแผนพัฒนาท้องถิ่น) ให้ระบุชื่อชีตด้วย --sheet",
  noFiscalYear: "ไม่ทราบปีงบประมาณ จึงเลือกช่องงบประมาณของปีไม่ได้: กรอกปีงบประมาณในแผ่นงาน ตั้งค่า หรือระบุ --year 2570",
  refused: (s: string) => `นำเข้าชีต "${s}" ไม่ได้ จึงไม่ได้เขียนไฟล์`,
  editionPresent: (edition: string) =>
    `ตารางแผนพัฒนา (DevPlanProjects) มีรายการของ${edition === "" ? "เล่มที่ไม่ระบุฉบับ" : `แผนพัฒนาท้องถิ่น ${edition}`}อยู่แล้ว จึงไม่นำเข้าซ้ำ ให้ลบแถวเหล่านั้นก่อนถ้าต้องการนำเข้าใหม่`,
  imported: (s: string, count: number, edition: string, year: number, p: string) =>
    `นำเข้าจากชีต "${s}": ${count} โครงการของแผนพัฒนาท้องถิ่น ${edition === "" ? "(ไม่ระบุฉบับ)" : edition} พร้อมงบประมาณปี ${year} → ${p}`,
  badNumber: (option: string, v: string) => `${option} "${v}" ไม่ใช่ตัวเลขที่ใช้ได้`,
  nextSteps: (p: string) => `ตรวจการอ้างอิงแผนพัฒนาด้วย: action-plan validate ${p}`,
};

export type DevPlanCliText = typeof TH;

const EN: DevPlanCliText = {
  noSheet: "No sheet looks like a ผ.02 (the development plan's project list); name one with --sheet",
  noFiscalYear:
    "The fiscal year is not known, so no budget column can be chosen: enter it on the ตั้งค่า sheet or give --year 2570",
  refused: (s) => `Sheet "${s}" cannot be imported; nothing was written`,
  editionPresent: (edition) =>
    `The development-plan table (DevPlanProjects) already has the rows of ${edition === "" ? "a plan book without an edition" : `plan ${edition}`}, so nothing was imported; delete those rows first to import it again`,
  imported: (s, count, edition, year, p) =>
    `Imported from sheet "${s}": ${count} project(s) of development plan ${edition === "" ? "(edition not named)" : edition} with the budgets of ${year} → ${p}`,
  badNumber: (option, v) => `${option} "${v}" is not a usable number`,
  nextSteps: (p) => `Check the references with: action-plan validate ${p}`,
};

export function devPlanCliText(lang: Language): DevPlanCliText {
  return lang === "en" ? EN : TH;
}
