import type { ParamsOf } from "../domain/validate/Issue";
import { formatBaht } from "../domain/text/formatBaht";
import { fieldLabel, settingLabel, tableLabel } from "./fieldLabels";
import type { IssueMessages } from "./IssueMessages";
import { budgetPairText } from "./_lib/budgetPairText";
import { buddhistEraHint } from "./_lib/buddhistEraHint";
import { devPlanFieldText, devPlanRefText } from "./_lib/devPlanText";
import { fixOf } from "./_lib/differenceText";
import { FOLLOW_UP_TH } from "./_lib/followUpMessages";
import { dateField, dateText, refusalReason, slashDate } from "./_lib/procedureText";

const field = (p: ParamsOf<"missing-value">): string => fieldLabel(p.field, p.table, "th");
const table = (name: string): string => tableLabel(name, "th");
const baht = (amount: number): string => amount.toLocaleString("en-US");
const alias =
  (label: string) =>
  (p: ParamsOf<"work-plan-alias">): string =>
    `${label} "${p.value}" สะกดไม่ตรงแบบ ใช้ "${p.canonical}" แทน`;

/** Thai message of every issue code: what was found (quoting the cell's value) and how to fix it. */
export const TH_MESSAGES: IssueMessages = {
  "cell-error": (p) => `เซลล์แสดงค่าผิดพลาด ${p.value} ให้แก้สูตรหรือพิมพ์ค่าใหม่`,
  "formula-without-result": (p) =>
    `เซลล์มีสูตร ${p.formula} แต่ไม่มีผลลัพธ์บันทึกไว้ (ไฟล์ถูกบันทึกด้วยโปรแกรมที่ไม่คำนวณสูตร เช่น สคริปต์) จึงไม่รู้ค่าของเซลล์ ให้เปิดไฟล์ใน Excel หรือ LibreOffice แล้วบันทึกอีกครั้ง`,
  "merged-cells": (p) =>
    `เซลล์ ${p.range} ถูกผสานไว้ในแถวข้อมูลของ${table(p.table)} ค่าเดียวจึงแทนหลายแถว ให้ยกเลิกการผสานเซลล์ แล้วกรอกค่าให้ครบทุกแถว`,
  "rows-below-table": (p) =>
    `มี ${p.count} แถวพิมพ์ไว้ใต้${table(p.table)} (ถึงเซลล์ ${p.lastCell}) นอกขอบเขตของตาราง ซึ่งไม่ได้ขยายลงมา ได้อ่านรวมเป็นส่วนหนึ่งของตารางแล้ว ให้ขยายตารางให้คลุมแถวเหล่านี้: ใน Excel คลิกในตาราง แล้วเลือก ออกแบบตาราง → ปรับขนาดตาราง (LibreOffice ไม่ขยายตารางให้เอง)`,
  "row-below-not-read": (p) =>
    `แถวนี้อยู่ใต้${table(p.table)} คั่นด้วยแถวว่าง ดูเหมือนเป็นรายการของตารางแต่ไม่ได้นับรวม ให้ย้ายขึ้นไปต่อท้ายตาราง (ลบแถวว่างที่คั่นออก) แล้วขยายตารางให้คลุม หรือลบออกถ้าไม่ใช่รายการของแผน`,
  "missing-value": (p) => `ยังไม่ได้กรอก "${field(p)}" ให้กรอกให้ครบ`,
  "missing-setting": (p) => `ยังไม่ได้กรอก "${settingLabel(p.setting, "th")}" ในตารางตั้งค่า`,
  "missing-fiscal-year": () => `ยังไม่ได้กรอกปีงบประมาณ (พ.ศ.) ให้พิมพ์ปี พ.ศ. 4 หลัก เช่น 2570`,
  "implausible-fiscal-year": (p) => {
    const be = buddhistEraHint(p.value);
    const hint = be === null ? "" : ` (ถ้าเป็นปี ค.ศ. ให้ใช้ พ.ศ. ${be})`;
    return `ปีงบประมาณ "${p.value}" ไม่ถูกต้อง ให้พิมพ์ปี พ.ศ. 4 หลัก เช่น 2570${hint}`;
  },
  "unknown-organisation-type": (p) =>
    `ประเภทองค์กร "${p.value}" ไม่อยู่ในรายการ ${fixOf(p, "th", "ให้เลือก อบต. เทศบาลตำบล เทศบาลเมือง เทศบาลนคร หรือ อบจ.")}`,
  "organisation-type-alias": alias("ประเภทองค์กร"),
  "unreadable-number": (p) =>
    p.max === undefined
      ? `ลำดับ "${p.value}" ไม่ใช่เลขลำดับ ให้พิมพ์ตัวเลขตั้งแต่ 1 ขึ้นไป`
      : `ลำดับ "${p.value}" ไม่ใช่เลขลำดับ ให้พิมพ์ตัวเลขตั้งแต่ 1 ถึง ${p.max}`,
  "duplicate-strategy-number": (p) => `ลำดับยุทธศาสตร์ ${p.number} ซ้ำกับเซลล์ ${p.firstCell} ให้ใช้เลขลำดับที่ไม่ซ้ำกัน`,
  "unknown-strategy": (p) =>
    `ยุทธศาสตร์ "${p.value}" ไม่มีในตารางยุทธศาสตร์ ${fixOf(p, "th", "ให้ใส่เลขลำดับของยุทธศาสตร์ที่มีอยู่ เช่น 1")}`,
  "unknown-work-plan": (p) =>
    `แผนงาน "${p.value}" ไม่อยู่ในรายการแผนงาน ${fixOf(p, "th", 'ให้เลือกจากรายการ เช่น "แผนงานการศึกษา"')}`,
  "unknown-funding-source": (p) =>
    `แหล่งงบประมาณ "${p.value}" ไม่อยู่ในรายการ ${fixOf(p, "th", "ให้เลือกจากรายการแหล่งงบประมาณ")}`,
  "unknown-equipment-type": (p) =>
    `ประเภทครุภัณฑ์ "${p.value}" ไม่อยู่ใน 16 ประเภทครุภัณฑ์ ${fixOf(p, "th", "ให้เลือกจากรายการ")}`,
  "work-plan-alias": alias("แผนงาน"),
  "funding-source-alias": alias("แหล่งงบประมาณ"),
  "equipment-type-alias": alias("ประเภทครุภัณฑ์"),
  "budget-type-alias": alias("งบ"),
  "expenditure-category-alias": alias("หมวด"),
  "unit-alias": alias("หน่วยงาน"),
  "unreadable-budget": (p) => `งบประมาณ "${p.value}" อ่านเป็นจำนวนเงินไม่ได้ ให้พิมพ์ตัวเลข เช่น 10000 หรือ 10,000.00`,
  "negative-budget": (p) => `งบประมาณ "${p.value}" ติดลบ ให้ใส่จำนวนเงินตั้งแต่ 0 ขึ้นไป`,
  "budget-too-large": (p) =>
    `จำนวนเงิน "${p.value}" ถึง ${baht(p.limit)} บาทหรือมากกว่า ซึ่งไม่มี อปท. ใดมีงบประมาณถึง (อาจพิมพ์ตัวเลขเกิน) ให้ตรวจสอบจำนวนเงิน`,
  "plan-total-too-large": (p) =>
    `เมื่อรวมจำนวนเงิน "${p.value}" ของแถวนี้ ยอดรวมของแผนถึง ${baht(p.limit)} บาท ซึ่งไม่มี อปท. ใดมีงบประมาณถึง จึงไม่ได้นับแถวนี้ ให้ตรวจสอบจำนวนเงินของแถวต่าง ๆ (อาจพิมพ์ตัวเลขเกิน)`,
  "no-month-marked": () => `ยังไม่ได้ระบุเดือนที่ดำเนินการ ให้ใส่เครื่องหมาย ✓ ในช่องเดือน (ต.ค.–ก.ย.) อย่างน้อย 1 เดือน`,
  "month-none-mark": (p) =>
    `ช่องเดือนที่มีเพียง "${p.value}" (${p.cells}) ถือว่าไม่ได้ดำเนินการในเดือนนั้น ถ้าตั้งใจให้ดำเนินการ ให้ใส่ ✓ แทน ถ้าไม่ใช่ ให้เว้นว่างไว้`,
  "unknown-budget-type": (p) =>
    `งบ "${p.value}" ไม่อยู่ในรายการ ${fixOf(p, "th", "ให้เลือก งบกลาง งบบุคลากร งบดำเนินงาน งบลงทุน งบรายจ่ายอื่น หรือ งบเงินอุดหนุน")}`,
  "unknown-expenditure-category": (p) =>
    `หมวด "${p.value}" ไม่อยู่ในรายการ ${fixOf(p, "th", "ให้เลือกจากรายการหมวด")}`,
  "incomplete-budget-pair": (p) => {
    const missing = p.field === "budgetType" ? "งบ" : "หมวด";
    const given = missing === "งบ" ? "หมวด" : "งบ";
    return `กรอก${given} "${p.value}" แล้ว แต่ยังไม่ได้กรอก${missing} ให้กรอกทั้งงบและหมวด หรือเว้นว่างทั้งคู่`;
  },
  "invalid-budget-pair": (p) =>
    `หมวด "${p.value}" ไม่อยู่ภายใต้ "${p.budgetType}" ให้เลือกหมวดของ${p.budgetType}: ${p.allowed}`,
  "budget-with-no-budget-source": (p) =>
    `มีงบประมาณ ${p.value} แต่แหล่งงบประมาณเป็น "ไม่ใช้งบประมาณ" ให้แก้แหล่งงบประมาณ หรือใส่งบประมาณเป็น 0`,
  "zero-budget-with-budgeted-source": (p) =>
    `งบประมาณเป็น 0 แต่แหล่งงบประมาณเป็น "${p.source}" ให้ตรวจสอบจำนวนเงิน หรือเลือก "ไม่ใช้งบประมาณ"`,
  "duplicate-project": (p) =>
    `โครงการ "${p.name}" ซ้ำกับเซลล์ ${p.firstCell} ในฉบับ${p.edition} ให้ตรวจสอบว่าไม่ได้กรอกซ้ำ`,
  "invalid-edition-code": (p) =>
    `ฉบับ "${p.value}" ไม่ถูกรูปแบบ ${fixOf(p, "th", 'ให้เว้นว่าง (ฉบับหลัก) หรือพิมพ์ เช่น "เพิ่มเติม 1/2570"')}`,
  "edition-not-recorded": (p) => `ฉบับ "${p.edition}" ยังไม่มีในตารางฉบับ ให้เพิ่มแถวของฉบับนี้ในแผ่นงาน "ฉบับ"`,
  "unreadable-date": (p) => `วันที่ "${p.value}" อ่านไม่ได้ ให้พิมพ์ เช่น 10 ต.ค. 2569 หรือ 10/10/2569`,
  "two-digit-year": (p) =>
    `ปีของวันที่ "${p.value}" มีเพียง 2 หลัก จึงไม่รู้ว่าเป็น พ.ศ. หรือ ค.ศ. น่าจะหมายถึง ${dateText(p.meant, "th")} ให้พิมพ์ปี พ.ศ. 4 หลัก เช่น ${slashDate(p.meant)}`,
  "over-appropriation": (p) =>
    `${p.workPlan}${budgetPairText(p)}: แผนรวม ${formatBaht(p.planned)} บาท เกินงบตามข้อบัญญัติ ${formatBaht(p.appropriated)} บาท ให้ตรวจสอบงบประมาณโครงการหรือตารางงบตามข้อบัญญัติ`,
  "under-appropriation": (p) =>
    `${p.workPlan}${budgetPairText(p)}: แผนรวม ${formatBaht(p.planned)} บาท ต่ำกว่างบตามข้อบัญญัติ ${formatBaht(p.appropriated)} บาท ให้ตรวจสอบว่าไม่มีโครงการตกหล่น`,
  "edition-announcement-late": (p) =>
    `ฉบับ${p.edition} ประกาศเมื่อ ${dateText(p.announcementDate, "th")} เกินกำหนด ${p.daysLate} วัน (ต้องประกาศภายใน ${dateText(p.dueDate, "th")} คือ 30 วันนับแต่ ${dateText(p.triggerDate, "th")})`,
  "edition-posting-start-late": (p) =>
    `ฉบับ${p.edition} เริ่มปิดประกาศ ${dateText(p.postingStart, "th")} ช้ากว่ากำหนด ${p.daysLate} วัน (ต้องปิดประกาศภายใน ${dateText(p.dueDate, "th")} คือ 15 วันนับแต่วันประกาศ)`,
  "edition-posting-too-short": (p) =>
    `ฉบับ${p.edition} ปิดประกาศเพียง ${p.days} วัน ต้องไม่น้อยกว่า ${p.minimumDays} วัน คือถึงวันที่ ${dateText(p.dueDate, "th")} เป็นอย่างน้อย`,
  "edition-dates-out-of-order": (p) =>
    `ฉบับ${p.edition}: ${dateField(p.field, "th")} (${dateText(p.date, "th")}) อยู่ก่อน${dateField(p.previousField, "th")} (${dateText(p.previousDate, "th")}) ให้ตรวจสอบลำดับวันที่`,
  "edition-date-missing": (p) =>
    `ฉบับ${p.edition} ยังไม่ได้บันทึก${dateField(p.field, "th")}` +
    (p.dueDate === undefined ? "" : ` (กำหนดภายใน ${dateText(p.dueDate, "th")})`),
  "edition-dates-not-recorded": (p) =>
    `ฉบับ${p.edition} ยังไม่มีวันที่ขั้นตอนการจัดทำ ให้บันทึกในแผ่นงาน "ฉบับ" เพื่อตรวจกำหนดเวลา`,
  ...FOLLOW_UP_TH,
  "import-no-header": () => `ไม่พบหัวตาราง ผด.02 (ที่ | โครงการ | … | งบประมาณ | เดือน) ในแผ่นงานนี้`,
  "import-not-operational-plan": (p) =>
    `แผ่นงานนี้ไม่ใช่บัญชีโครงการของแผนการดำเนินงาน เพราะ${refusalReason(p.reason, "th")} ("${p.text}")`,
  "import-no-months": () => `ไม่พบคอลัมน์เดือน (ต.ค.–ก.ย.) จึงนำเข้าได้โดยไม่มีช่วงเวลาดำเนินการ`,
  "import-no-fiscal-year": () => `ไม่พบปีงบประมาณในหัวตารางหรือชื่อเรื่อง ให้กรอกปีงบประมาณในแผ่นงาน "ตั้งค่า"`,
  "import-fiscal-year-mismatch": (p) => `แผ่นงานเป็นปีงบประมาณ ${p.sheetYear} แต่ที่ต้องการคือ ${p.expected}`,
  "import-subtotal-mismatch": (p) =>
    `ยอด "${p.label}" ในแผ่นงานเป็น ${p.stated} บาท แต่รวมจากรายการได้ ${p.computed} บาท`,
  "import-funding-assumed": (p) =>
    `${p.count} โครงการไม่ระบุแหล่งงบประมาณ จึงถือเป็นข้อบัญญัติงบประมาณรายจ่ายประจำปี ให้ตรวจสอบ: ${p.cells}`,
  "import-budget-unreadable": (p) => `อ่านงบประมาณ "${p.text}" ไม่ได้ จึงนำเข้าเป็น 0 ให้ตรวจสอบ`,
  "import-no-strategy": (p) => `${p.count} โครงการไม่อยู่ใต้หัวข้อยุทธศาสตร์ ให้กำหนดยุทธศาสตร์: ${p.cells}`,
  "import-no-work-plan": (p) => `${p.count} โครงการไม่อยู่ใต้หัวข้อแผนงาน ให้กำหนดแผนงาน: ${p.cells}`,
  "import-unknown-work-plan": (p) => `แผนงาน "${p.text}" ไม่อยู่ในรายการแผนงาน ให้ตรวจสอบชื่อ`,
  "table-read-from-sheet": (p) =>
    `ไม่พบตาราง Excel "${p.table}" จึงอ่านจากหัวตารางในแผ่นงาน "${p.sheet}" แทน ให้แปลงช่วงนี้เป็นตาราง (แทรก > ตาราง) เพื่อให้มีรายการให้เลือกและตารางขยายเองเมื่อเพิ่มแถว`,
  "import-no-months-marked": (p) =>
    `${p.count} โครงการไม่มีเครื่องหมายเดือน (อาจเป็นลูกศรที่วาดเป็นรูปภาพ) ให้ใส่ ✓ ในช่องเดือน: ${p.cells}`,
  "dev-plan-number-unreadable": (p) =>
    `${devPlanFieldText(p.field, "th")} "${p.value}" ไม่ใช่เลขจำนวนเต็ม ให้พิมพ์ตัวเลขตามแผนพัฒนาท้องถิ่น เช่น 45`,
  "dev-plan-ref-incomplete": (p) =>
    `ยังไม่ได้กรอก${devPlanFieldText(p.field, "th")}ของแผนพัฒนาท้องถิ่น ให้กรอกทั้งหน้าและลำดับที่โครงการนี้อยู่ในแผน`,
  "dev-plan-ref-missing": (p) => {
    const base = `โครงการนี้ใช้งบประมาณของ อปท. แต่ยังไม่ได้ระบุว่ามาจากแผนพัฒนาท้องถิ่นหน้าใด ลำดับที่เท่าใด`;
    if (p.suggestedPage === undefined || p.suggestedItem === undefined) return `${base} ให้กรอกหน้าและลำดับ`;
    const ref = devPlanRefText(
      { edition: p.suggestedEdition ?? "", page: p.suggestedPage, item: p.suggestedItem },
      "th",
    );
    return `${base} รายการในแผนที่ใกล้เคียงที่สุด: ${ref} "${p.suggestedName ?? ""}"`;
  },
  "dev-plan-ref-not-found": (p) =>
    `ไม่มี${devPlanRefText(p, "th")} ในตารางแผนพัฒนา ให้ตรวจสอบหน้าและลำดับกับเล่มแผน หรือนำเข้าบัญชีโครงการของเล่มนั้น`,
  "dev-plan-name-differs": (p) =>
    `ชื่อโครงการ "${p.name}" ไม่ตรงกับ${devPlanRefText(p, "th")} ซึ่งคือ "${p.planName}" ให้ตรวจสอบว่าอ้างอิงถูกรายการ`,
  "dev-plan-budget-over": (p) =>
    `งบประมาณ ${formatBaht(p.budget)} บาท สูงกว่าที่${devPlanRefText(p, "th")} กำหนดไว้สำหรับปีนี้ (${formatBaht(p.planned)} บาท) ผู้ตรวจจะสอบถาม ให้ตรวจสอบหรือแก้ไขแผนพัฒนาท้องถิ่นก่อน`,
  "dev-plan-entry-incomplete": (p) =>
    `แถวนี้ในตารางแผนพัฒนายังไม่มี${devPlanFieldText(p.field, "th")} จึงอ้างอิงไม่ได้ ให้กรอกให้ครบ`,
  "dev-plan-entry-duplicate": (p) =>
    `หน้า ${p.page} ลำดับที่ ${p.item} ซ้ำกับแถวที่เซลล์ ${p.firstCell} ในเล่มเดียวกัน ให้ตรวจสอบเลขหน้าและลำดับ`,
  "devplan-import-no-header": () => `ไม่พบหัวตารางแบบ ผ.02 (ที่ | โครงการ | … | งบประมาณ แยกตามปี) ในแผ่นงานนี้`,
  "devplan-import-operational-plan": () =>
    `แผ่นงานนี้มีช่องเดือน จึงเป็นแผนการดำเนินงาน (แบบ ผด.02) ไม่ใช่บัญชีโครงการของแผนพัฒนาท้องถิ่น (แบบ ผ.02) ให้นำเข้าด้วยคำสั่ง "นำเข้า ผด.02"`,
  "devplan-import-no-year-columns": () =>
    `ไม่พบช่องงบประมาณแยกตามปี (เช่น 2566 2567 … 2570) ใต้หัวตาราง "งบประมาณ" จึงอ่านงบประมาณของปีนี้ไม่ได้`,
  "devplan-import-year-not-covered": (p) =>
    `แผ่นงานนี้มีงบประมาณของปี ${p.years} ไม่มีปีงบประมาณ ${p.fiscalYear} ให้ใช้แผนพัฒนาท้องถิ่นฉบับที่ครอบคลุมปีนี้ หรือตรวจปีงบประมาณในแผ่นงาน "ตั้งค่า"`,
  "devplan-import-pages-counted": (p) =>
    `ในแผ่นงานไม่มีเลขหน้าพิมพ์ไว้ จึงนับหน้าจากหัวตารางที่พิมพ์ซ้ำทุกหน้า เริ่มที่หน้า ${p.firstPage} (${p.pages} หน้า) ให้ตรวจเลขหน้ากับเล่มแผนที่พิมพ์`,
  "devplan-import-no-edition": () =>
    `หัวกระดาษไม่ได้ระบุว่าเป็นแผนพัฒนาท้องถิ่นฉบับใด (เช่น พ.ศ. 2566–2570 หรือ เพิ่มเติม ครั้งที่ 1/2568) จึงเว้นช่องฉบับว่างไว้`,
  "devplan-import-budget-unreadable": (p) =>
    `อ่านงบประมาณ "${p.text}" ไม่ได้ จึงเว้นว่างไว้ (ไม่ตรวจงบประมาณของโครงการที่อ้างอิงรายการนี้) ให้ตรวจสอบ`,
  "devplan-import-no-item": (p) =>
    `${p.count} โครงการไม่มีเลขลำดับ (ที่) จึงอ้างอิงไม่ได้และไม่ได้นำเข้า ให้ใส่เลขลำดับแล้วนำเข้าใหม่: ${p.cells}`,
  "amendment-reason-missing": (p) =>
    `รายการในฉบับ${p.edition} ยังไม่มีเหตุผลความจำเป็น ให้ระบุเหตุที่เพิ่มหรือเปลี่ยนแปลงรายการนี้ (คณะกรรมการต้องพิจารณา)`,
  "amendment-reason-column-missing": (p) =>
    `${table(p.table)}มี ${p.count} รายการของฉบับเพิ่มเติม/เปลี่ยนแปลง/แก้ไข แต่ไม่มีคอลัมน์ "เหตุผลความจำเป็น" ให้กด "แทรกแม่แบบ" เพื่อเพิ่มคอลัมน์ แล้วกรอกเหตุผลของแต่ละรายการ`,
};
