import type { SkipReason } from "../domain/import/ImportResult";
import type { Language } from "./Language";

/** Why the importer left a row of a hand-made ผด.02 (or ผ.02) out, as the CLI and the pane both say it. */
const SKIP_REASONS: Readonly<Record<SkipReason, { readonly th: string; readonly en: string }>> = {
  blank: { th: "แถวว่าง", en: "blank" },
  "repeated-header": { th: "หัวตารางซ้ำ", en: "repeated header" },
  total: { th: "ยอดรวม", en: "total" },
  "edition-marker": { th: "หัวข้อฉบับเพิ่มเติม/แก้ไข", en: "edition heading" },
  "orphan-continuation": { th: "บรรทัดต่อที่ไม่มีโครงการ", en: "continuation without a project" },
  unrecognised: { th: "อ่านไม่ออก", en: "not understood" },
  "page-number": { th: "เลขหน้า", en: "page number" },
  context: { th: "ยุทธศาสตร์ชาติ/จังหวัดที่เชื่อมโยง", en: "national or provincial strategy line" },
  "no-item": { th: "ไม่มีเลขลำดับ", en: "no item number" },
};

export function skipReasonText(reason: SkipReason, lang: Language): string {
  return SKIP_REASONS[reason][lang];
}
