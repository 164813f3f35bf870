import type { Plan } from "../model/plan";
import { properNames } from "./_lib/properNames";
import { ProseSheet } from "./_lib/ProseSheet";
import { COVER_LINE_PT } from "./_lib/bookStyles";
import { rowHeightForLines } from "./_lib/SheetBuilder";
import { CONSOLIDATED_EDITION, type ResolvedLayoutOptions } from "./LayoutOptions";
import { sheetNameFor } from "./sheetNameFor";
import type { SheetSpec } from "./SheetSpec";

export const PART_TWO_TITLE = "ส่วนที่ 2";
export const PART_TWO_SUBJECT = "บัญชีโครงการ/กิจกรรม/งบประมาณ";
/** The divider's title stands about a third down the page. */
const ABOVE_TITLE_PT = 240;

/** The page that opens ส่วนที่ 2, before the tables. */
export function layoutDivider(plan: Plan, options: ResolvedLayoutOptions): SheetSpec {
  const sheet = new ProseSheet(options.thaiDigits, properNames(plan));
  sheet.blank(ABOVE_TITLE_PT);
  const height = rowHeightForLines(1, COVER_LINE_PT);
  sheet.line(PART_TWO_TITLE, "coverLine", 0, height);
  sheet.line(PART_TWO_SUBJECT, "coverLine", 0, height);
  return sheet.finish({
    name: sheetNameFor("divider", options.edition),
    owner: { kind: "divider", edition: options.edition ?? CONSOLIDATED_EDITION },
    font: options.font,
    pageNumbers: true,
  });
}
