import type { Plan } from "../model/plan";
import { properNames } from "./_lib/properNames";
import { ProseSheet } from "./_lib/ProseSheet";
import { COVER_LINE_PT } from "./_lib/bookStyles";
import { rowHeightForLines } from "./_lib/SheetBuilder";
import { CONSOLIDATED_EDITION, type ResolvedLayoutOptions } from "./LayoutOptions";
import { sheetNameFor } from "./sheetNameFor";
import type { SheetSpec } from "./SheetSpec";

export const APPENDIX_TITLE = "ภาคผนวก";
/** The papers of the procedure (ข้อ 26) that books attach after their tables, in the order they came. */
const ATTACHMENTS = [
  "1. สำเนาคำสั่งแต่งตั้งคณะกรรมการสนับสนุนการจัดทำแผนพัฒนาท้องถิ่น และคณะกรรมการพัฒนาท้องถิ่น",
  "2. สำเนารายงานการประชุมคณะกรรมการพัฒนาท้องถิ่น ที่พิจารณาร่างแผนการดำเนินงาน",
  "3. สำเนาประกาศใช้แผนการดำเนินงาน และหลักฐานการปิดประกาศ",
];
/** The title stands about a third down the page, as on the divider of ส่วนที่ 2. */
const ABOVE_TITLE_PT = 240;

/** The page that opens the appendix: its title and the papers that follow it (attached by hand). */
export function layoutAppendix(plan: Plan, options: ResolvedLayoutOptions): SheetSpec {
  const sheet = new ProseSheet(options.thaiDigits, properNames(plan));
  sheet.blank(ABOVE_TITLE_PT);
  sheet.line(APPENDIX_TITLE, "coverLine", 0, rowHeightForLines(1, COVER_LINE_PT));
  sheet.blank();
  sheet.paragraphs(ATTACHMENTS.join("\n"));
  return sheet.finish({
    name: sheetNameFor("appendix", options.edition),
    owner: { kind: "appendix", edition: options.edition ?? CONSOLIDATED_EDITION },
    font: options.font,
    pageNumbers: true,
  });
}
