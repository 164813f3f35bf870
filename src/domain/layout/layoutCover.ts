import type { PlanTexts } from "../book/planTextsFrom";
import type { Plan } from "../model/plan";
import { COVER_LINE_PT, COVER_TITLE_PT } from "./_lib/bookStyles";
import { properNames } from "./_lib/properNames";
import { PROSE_WIDTHS, ProseSheet } from "./_lib/ProseSheet";
import { rowHeightForLines } from "./_lib/SheetBuilder";
import { editionTitleSuffix } from "./editionTitleSuffix";
import { CONSOLIDATED_EDITION, type ResolvedLayoutOptions } from "./LayoutOptions";
import { EMBLEM_HEIGHT_PT, placePicture, type Picture } from "./Picture";
import { sheetNameFor } from "./sheetNameFor";
import type { SheetSpec } from "./SheetSpec";

/** Room above the title for the อปท.'s logo (3 cm), left empty when there is none. */
const LOGO_ROOM_PT = Math.ceil(EMBLEM_HEIGHT_PT) + 40;
/** The gap between the plan's name and the organisation, and before the preparing unit. */
const GAP_PT = 60;

/**
 * The book's cover (ปก), as plan books set it: แผนการดำเนินงาน / ประจำปีงบประมาณ พ.ศ. … (the edition)
 * / ของ / the อปท. / อำเภอ… จังหวัด…, and at the foot the preparing unit; the logo above when given.
 */
export function layoutCover(
  plan: Plan,
  texts: PlanTexts,
  options: ResolvedLayoutOptions,
  logo?: Picture,
): SheetSpec {
  const { settings } = plan;
  const sheet = new ProseSheet(options.thaiDigits, properNames(plan));
  const title = rowHeightForLines(1, COVER_TITLE_PT);
  const line = rowHeightForLines(1, COVER_LINE_PT);
  sheet.blank(LOGO_ROOM_PT);
  sheet.line("แผนการดำเนินงาน", "coverTitle", 0, title);
  sheet.line(`ประจำปีงบประมาณ พ.ศ. ${settings.fiscalYear}`, "coverLine", 0, line);
  const edition = editionTitleSuffix(options.edition, options.editionLabel).trim();
  if (edition !== "") sheet.line(edition, "coverLine", 0, line);
  sheet.blank(GAP_PT);
  sheet.line("ของ", "coverLine", 0, line);
  sheet.line(settings.organisationName, "coverLine", 0, line);
  const place = [
    settings.organisationType !== "อบจ." && settings.amphoe !== "" ? `อำเภอ${settings.amphoe}` : "",
    settings.changwat !== "" ? `จังหวัด${settings.changwat}` : "",
  ].filter((part) => part !== "");
  if (place.length > 0) sheet.line(place.join(" "), "coverLine", 0, line);
  sheet.blank(GAP_PT * 2);
  for (const unit of texts.หน่วยงานที่จัดทำ.split("\n")) sheet.line(unit, "coverLine", 0, line);
  sheet.line(settings.organisationName, "coverLine", 0, line);
  const spec = sheet.finish({
    name: sheetNameFor("cover", options.edition),
    owner: { kind: "cover", edition: options.edition ?? CONSOLIDATED_EDITION },
    font: options.font,
    pageNumbers: false,
  });
  if (!logo) return spec;
  const image = placePicture(logo, {
    columnWidthsPt: PROSE_WIDTHS,
    centreXPt: PROSE_WIDTHS.reduce((a, b) => a + b, 0) / 2,
    row: 0,
    topPt: 20,
    heightPt: EMBLEM_HEIGHT_PT,
    description: `ตราสัญลักษณ์${settings.organisationName}`,
  });
  return { ...spec, images: [image] };
}
