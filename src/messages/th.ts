import type { IssueCode } from "../domain/validate/IssueCode";
import { baht, buddhistEraHint, text, type MessageFn, type Params } from "./_lib/params";
import { fieldLabel, settingLabel } from "./fieldLabels";

const field = (p: Params, key = "field"): string => fieldLabel(text(p, key), text(p, "table"), "th");
const alias =
  (label: string): MessageFn =>
  (p) =>
    `${label} "${text(p, "value")}" สะกดไม่ตรงแบบ ใช้ "${text(p, "canonical")}" แทน`;
const pairOf = (p: Params): string =>
  p["budgetType"] !== undefined && p["expenditureCategory"] !== undefined
    ? ` (${text(p, "budgetType")} / ${text(p, "expenditureCategory")})`
    : "";

/** Thai message of every issue code: what was found (quoting the cell's value) and how to fix it. */
export const TH_MESSAGES: Readonly<Record<IssueCode, MessageFn>> = {
  "cell-error": (p) => `เซลล์แสดงค่าผิดพลาด ${text(p, "value")} ให้แก้สูตรหรือพิมพ์ค่าใหม่`,
  "missing-value": (p) => `ยังไม่ได้กรอก "${field(p)}" ให้กรอกให้ครบ`,
  "missing-setting": (p) => `ยังไม่ได้กรอก "${settingLabel(text(p, "setting"), "th")}" ในตารางตั้งค่า`,
  "missing-fiscal-year": () => `ยังไม่ได้กรอกปีงบประมาณ (พ.ศ.) ให้พิมพ์ปี พ.ศ. 4 หลัก เช่น 2570`,
  "implausible-fiscal-year": (p) => {
    const be = buddhistEraHint(p);
    const hint = be === null ? "" : ` (ถ้าเป็นปี ค.ศ. ให้ใช้ พ.ศ. ${be})`;
    return `ปีงบประมาณ "${text(p, "value")}" ไม่ถูกต้อง ให้พิมพ์ปี พ.ศ. 4 หลัก เช่น 2570${hint}`;
  },
  "unknown-organisation-type": (p) =>
    `ประเภทองค์กร "${text(p, "value")}" ไม่อยู่ในรายการ ให้เลือก อบต. เทศบาลตำบล เทศบาลเมือง เทศบาลนคร หรือ อบจ.`,
  "organisation-type-alias": alias("ประเภทองค์กร"),
  "unreadable-number": (p) => `ลำดับ "${text(p, "value")}" ไม่ใช่เลขลำดับ ให้พิมพ์ตัวเลขตั้งแต่ 1 ขึ้นไป`,
  "duplicate-strategy-number": (p) =>
    `ลำดับยุทธศาสตร์ ${text(p, "number")} ซ้ำกับเซลล์ ${text(p, "firstCell")} ให้ใช้เลขลำดับที่ไม่ซ้ำกัน`,
  "unknown-strategy": (p) =>
    `ยุทธศาสตร์ "${text(p, "value")}" ไม่มีในตารางยุทธศาสตร์ ให้ใส่เลขลำดับของยุทธศาสตร์ที่มีอยู่ เช่น 1`,
  "unknown-work-plan": (p) =>
    `แผนงาน "${text(p, "value")}" ไม่อยู่ในรายการแผนงาน ให้เลือกจากรายการ เช่น "แผนงานการศึกษา"`,
  "unknown-funding-source": (p) =>
    `แหล่งงบประมาณ "${text(p, "value")}" ไม่อยู่ในรายการ ให้เลือกจากรายการแหล่งงบประมาณ`,
  "unknown-equipment-type": (p) => `ประเภทครุภัณฑ์ "${text(p, "value")}" ไม่อยู่ใน 16 ประเภทครุภัณฑ์ ให้เลือกจากรายการ`,
  "work-plan-alias": alias("แผนงาน"),
  "funding-source-alias": alias("แหล่งงบประมาณ"),
  "equipment-type-alias": alias("ประเภทครุภัณฑ์"),
  "budget-type-alias": alias("งบ"),
  "expenditure-category-alias": alias("หมวด"),
  "unit-alias": alias("หน่วยงาน"),
  "unreadable-budget": (p) =>
    `งบประมาณ "${text(p, "value")}" อ่านเป็นจำนวนเงินไม่ได้ ให้พิมพ์ตัวเลข เช่น 10000 หรือ 10,000.00`,
  "negative-budget": (p) => `งบประมาณ "${text(p, "value")}" ติดลบ ให้ใส่จำนวนเงินตั้งแต่ 0 ขึ้นไป`,
  "no-month-marked": () => `ยังไม่ได้ระบุเดือนที่ดำเนินการ ให้ใส่เครื่องหมาย ✓ ในช่องเดือน (ต.ค.–ก.ย.) อย่างน้อย 1 เดือน`,
  "unknown-budget-type": (p) =>
    `งบ "${text(p, "value")}" ไม่อยู่ในรายการ ให้เลือก งบกลาง งบบุคลากร งบดำเนินงาน งบลงทุน งบรายจ่ายอื่น หรือ งบเงินอุดหนุน`,
  "unknown-expenditure-category": (p) => `หมวด "${text(p, "value")}" ไม่อยู่ในรายการ ให้เลือกจากรายการหมวด`,
  "incomplete-budget-pair": (p) => {
    const missing = text(p, "field") === "budgetType" ? "งบ" : "หมวด";
    const given = missing === "งบ" ? "หมวด" : "งบ";
    return `กรอก${given} "${text(p, "value")}" แล้ว แต่ยังไม่ได้กรอก${missing} ให้กรอกทั้งงบและหมวด หรือเว้นว่างทั้งคู่`;
  },
  "invalid-budget-pair": (p) =>
    `หมวด "${text(p, "value")}" ไม่อยู่ภายใต้ "${text(p, "budgetType")}" ให้เลือกหมวดของ${text(p, "budgetType")}: ${text(p, "allowed")}`,
  "budget-with-no-budget-source": (p) =>
    `มีงบประมาณ ${text(p, "value")} แต่แหล่งงบประมาณเป็น "ไม่ใช้งบประมาณ" ให้แก้แหล่งงบประมาณ หรือใส่งบประมาณเป็น 0`,
  "zero-budget-with-budgeted-source": (p) =>
    `งบประมาณเป็น 0 แต่แหล่งงบประมาณเป็น "${text(p, "source")}" ให้ตรวจสอบจำนวนเงิน หรือเลือก "ไม่ใช้งบประมาณ"`,
  "duplicate-project": (p) =>
    `โครงการ "${text(p, "name")}" ซ้ำกับเซลล์ ${text(p, "firstCell")} ในฉบับ${text(p, "edition")} ให้ตรวจสอบว่าไม่ได้กรอกซ้ำ`,
  "invalid-edition-code": (p) =>
    `ฉบับ "${text(p, "value")}" ไม่ถูกรูปแบบ ให้เว้นว่าง (ฉบับหลัก) หรือพิมพ์ เช่น "เพิ่มเติม 1/2570"`,
  "edition-not-recorded": (p) => `ฉบับ "${text(p, "edition")}" ยังไม่มีในตารางฉบับ ให้เพิ่มแถวของฉบับนี้ในแผ่นงาน "ฉบับ"`,
  "unreadable-date": (p) => `วันที่ "${text(p, "value")}" อ่านไม่ได้ ให้พิมพ์ เช่น 10 ต.ค. 2569 หรือ 10/10/2569`,
  "over-appropriation": (p) =>
    `${text(p, "workPlan")}${pairOf(p)}: แผนรวม ${baht(p, "planned")} บาท เกินงบตามข้อบัญญัติ ${baht(p, "appropriated")} บาท ให้ตรวจสอบงบประมาณโครงการหรือตารางงบตามข้อบัญญัติ`,
  "under-appropriation": (p) =>
    `${text(p, "workPlan")}${pairOf(p)}: แผนรวม ${baht(p, "planned")} บาท ต่ำกว่างบตามข้อบัญญัติ ${baht(p, "appropriated")} บาท ให้ตรวจสอบว่าไม่มีโครงการตกหล่น`,
};
