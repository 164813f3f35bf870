import type { RefusalReason } from "../../domain/import/RefusalReason";
import type { EditionDateField } from "../../domain/model/editionDateFields";
import type { IsoDate } from "../../domain/model/plan";
import { formatThaiDate } from "../../domain/text/formatThaiDate";
import type { Language } from "../Language";

/** Labels of the Editions-table date fields, as the user sees their column headers. */
const DATE_FIELDS: Readonly<Record<EditionDateField, { th: string; en: string }>> = {
  triggerDate: { th: "วันที่เกิดเหตุ", en: "trigger date" },
  draftDate: { th: "วันที่คณะกรรมการสนับสนุนฯ จัดทำร่าง", en: "support-committee draft date" },
  committeeReviewDate: { th: "วันที่คณะกรรมการพัฒนาฯ พิจารณา", en: "development-committee review date" },
  approvalDate: { th: "วันที่ผู้บริหารอนุมัติ", en: "executive approval date" },
  announcementDate: { th: "วันที่ประกาศ", en: "announcement date" },
  postingStart: { th: "วันที่เริ่มปิดประกาศ", en: "posting start date" },
  postingEnd: { th: "วันที่สิ้นสุดปิดประกาศ", en: "posting end date" },
};

export function dateField(field: EditionDateField, lang: Language): string {
  return DATE_FIELDS[field][lang];
}

/** An ISO date in Thai (B.E.) or as ISO for English. */
export function dateText(iso: IsoDate, lang: Language): string {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(iso)) return iso;
  return lang === "th" ? formatThaiDate(iso, { thaiDigits: false }).text : iso;
}

/** An ISO date as staff type it, day/month/B.E. year: "2026-10-10" → "10/10/2569". */
export function slashDate(iso: IsoDate): string {
  const [year = 0, month = 0, day = 0] = iso.split("-").map(Number);
  return `${day}/${month}/${year + 543}`;
}

const REFUSALS: Readonly<Record<RefusalReason, { th: string; en: string }>> = {
  "procurement-title": { th: "ชื่อเรื่องเป็นแผนการจัดหาพัสดุ", en: "its title is a procurement plan" },
  "procurement-column": { th: "มีคอลัมน์วิธีดำเนินการของแผนจัดหาพัสดุ", en: "it has a procurement-method column" },
  "equipment-form": { th: "เป็นแบบ ผด.02/1 (ครุภัณฑ์)", en: "it is the equipment form ผด.02/1" },
};

export function refusalReason(reason: RefusalReason, lang: Language): string {
  return REFUSALS[reason][lang];
}
