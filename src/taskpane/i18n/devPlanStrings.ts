import { CHANGED_FIELD_LABELS, type ChangedField } from "../../domain/editions/editionChanges";
import type { Language } from "../../messages/Language";

/** The pane's texts for the development-plan link (kept apart from the shared strings, like the CLI's). */
const TH = {
  fill: (page: number, item: number) => `ใส่อ้างอิง หน้า ${page} ลำดับ ${item}`,
  fillTitle: (edition: string, name: string) =>
    `กรอกแผนพัฒนาท้องถิ่น${edition === "" ? "" : ` ${edition}`} ให้โครงการนี้ ตามรายการที่ใกล้เคียงที่สุด: ${name}`,
  fillOutcome: {
    filled: (cells: string) => `กรอกอ้างอิงที่เซลล์ ${cells} แล้ว`,
    "no-suggestion": "ไม่มีรายการที่แนะนำ",
    "not-in-table": "แถวนี้ไม่อยู่ในตาราง Projects (อาจพิมพ์ไว้ใต้ตาราง) ให้ขยายตารางให้ครอบแถวนี้ก่อน",
    "no-columns": "ตาราง Projects ยังไม่มีช่องแผนพัฒนาท้องถิ่น ให้กด แทรกแม่แบบ เพื่อเพิ่มช่อง",
    "not-blank": "ช่องอ้างอิงของแถวนี้มีข้อมูลแล้ว จึงไม่เขียนทับ ให้ตรวจอีกครั้ง",
  },
  fillFailed: "กรอกอ้างอิงไม่สำเร็จ",
  importIntro:
    "มีบัญชีโครงการของแผนพัฒนาท้องถิ่น (แบบ ผ.02) อยู่แล้ว? เปิดแผ่นงานนั้นแล้วกดนำเข้า รายการจะถูกคัดลอกลงตารางแผนพัฒนา พร้อมงบประมาณของปีงบประมาณนี้",
  importRun: "นำเข้า ผ.02 จากแผ่นงานนี้",
  importRunning: "กำลังนำเข้า…",
  imported: (sheet: string, count: number, edition: string, year: number) =>
    `นำเข้าจากแผ่นงาน "${sheet}" แล้ว: ${count} โครงการของแผนพัฒนาท้องถิ่น ${edition === "" ? "(ไม่ระบุฉบับ)" : edition} พร้อมงบประมาณปี ${year}`,
  importRefused: (sheet: string) => `นำเข้าแผ่นงาน "${sheet}" ไม่ได้ จึงไม่ได้เขียนข้อมูลใด ๆ`,
  importNoSheet: "แผ่นงานนี้ไม่ใช่แบบ ผ.02 ให้เปิดแผ่นงาน ผ.02 ก่อนแล้วลองใหม่",
  importNoFiscalYear: "ยังไม่ทราบปีงบประมาณ ให้กรอกปีงบประมาณในแผ่นงาน ตั้งค่า ก่อน",
  importEditionPresent: (edition: string) =>
    `ตารางแผนพัฒนามีรายการของแผนพัฒนาท้องถิ่น ${edition === "" ? "(ไม่ระบุฉบับ)" : edition} อยู่แล้ว จึงไม่นำเข้าซ้ำ`,
  importNext: "ขั้นต่อไป: ตรวจสอบข้อมูล (ตรวจการอ้างอิงแผนพัฒนา)",
  importFailed: "นำเข้าไม่สำเร็จ",
  importIssuesIn: "จากการนำเข้า ผ.02",
  changesTitle: (edition: string) => `รายการที่เปลี่ยนในฉบับ${edition}`,
  changesNone: "ฉบับนี้ยังไม่มีรายการ",
  changesNew: "เพิ่มโครงการ",
  changesSame: "ไม่มีข้อความที่เปลี่ยน",
  changesFrom: (edition: string) => `เดิม: ${edition === "หลัก" ? "ฉบับหลัก" : `ฉบับ${edition}`}`,
  changesReason: "เหตุผลความจำเป็น",
  changesNoReason: "ยังไม่ระบุเหตุผลความจำเป็น",
  changesFailed: "อ่านรายการที่เปลี่ยนไม่สำเร็จ",
  changesSheet: "ตารางเปรียบเทียบสำหรับคณะกรรมการจะจัดทำพร้อมแบบ ผด. ของฉบับนี้",
  // The comparison sheet's own labels, so the pane and the printed sheet name each field alike.
  fields: CHANGED_FIELD_LABELS as Readonly<Record<ChangedField, string>>,
};

export type DevPlanStrings = typeof TH;

const EN: DevPlanStrings = {
  fill: (page, item) => `Fill in page ${page}, item ${item}`,
  fillTitle: (edition, name) =>
    `Fill in the development-plan reference${edition === "" ? "" : ` (${edition})`} of the closest listed project: ${name}`,
  fillOutcome: {
    filled: (cells) => `Reference filled in at ${cells}`,
    "no-suggestion": "No suggested entry",
    "not-in-table":
      "This row is not inside the Projects table (perhaps typed below it); extend the table over it first",
    "no-columns": "The Projects table has no development-plan columns yet; use Insert template to add them",
    "not-blank": "This row's reference cells are no longer blank, so nothing was overwritten; check again",
  },
  fillFailed: "Could not fill in the reference",
  importIntro:
    "Already have the development plan's project list (ผ.02)? Open that sheet and import it: its projects are copied into the development-plan table with this fiscal year's budgets",
  importRun: "Import ผ.02 from this sheet",
  importRunning: "Importing…",
  imported: (sheet, count, edition, year) =>
    `Imported from sheet "${sheet}": ${count} project(s) of development plan ${edition === "" ? "(edition not named)" : edition} with the budgets of ${year}`,
  importRefused: (sheet) => `Sheet "${sheet}" cannot be imported; nothing was written`,
  importNoSheet: "This sheet is not a ผ.02; open the ผ.02 sheet and try again",
  importNoFiscalYear: "The fiscal year is not known; enter it on the ตั้งค่า sheet first",
  importEditionPresent: (edition) =>
    `The development-plan table already has the rows of plan ${edition === "" ? "(edition not named)" : edition}, so nothing was imported`,
  importNext: "Next: check the data (the development-plan references)",
  importFailed: "Import failed",
  importIssuesIn: "from the ผ.02 import",
  changesTitle: (edition) => `Changes in edition ${edition}`,
  changesNone: "This edition has no rows yet",
  changesNew: "New project",
  changesSame: "Nothing changed",
  changesFrom: (edition) => `Before: ${edition === "หลัก" ? "the main edition" : `edition ${edition}`}`,
  changesReason: "Reason",
  changesNoReason: "No reason (เหตุผลความจำเป็น) given yet",
  changesFailed: "Could not read the changes",
  changesSheet: "The committee's comparison sheet is built with this edition's tables",
  fields: {
    name: "Project name",
    strategy: "Strategy",
    workPlan: "Work plan",
    activityDetail: "Activity details",
    budget: "Budget",
    fundingSource: "Funding source",
    location: "Location",
    responsibleUnit: "Responsible unit",
    months: "Schedule",
  },
};

export function devPlanStrings(language: Language): DevPlanStrings {
  return language === "en" ? EN : TH;
}
