import type { Plan } from "../../model/plan";
import { editionTitleSuffix } from "../editionTitleSuffix";
import type { EditionLabel } from "../LayoutOptions";

/** The three centred title lines of every ผด. table: form title, plan year (+ edition), organisation. */
export function planTitleLines(
  formTitle: string,
  plan: Plan,
  edition: string | null,
  label: EditionLabel = "ครั้งที่",
): string[] {
  const { settings } = plan;
  const place = [
    settings.organisationType !== "อบจ." && settings.amphoe !== "" ? `อำเภอ${settings.amphoe}` : "",
    settings.changwat !== "" ? `จังหวัด${settings.changwat}` : "",
  ].filter((part) => part !== "");
  return [
    formTitle,
    `แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ${settings.fiscalYear}${editionTitleSuffix(edition, label)}`,
    [settings.organisationName, ...place].join(" "),
  ];
}
