import { MAIN_EDITION, parseEditionCode } from "../model/editionCode";

/**
 * What follows "ประจำปีงบประมาณ พ.ศ. N" in titles and the notice subject for an edition.
 * @example editionTitleSuffix("เพิ่มเติม 1/2570") //=> " เพิ่มเติม ฉบับที่ 1"
 * @example editionTitleSuffix(null) //=> " (ฉบับรวม)"
 */
export function editionTitleSuffix(edition: string | null): string {
  if (edition === null) return " (ฉบับรวม)";
  const parsed = parseEditionCode(edition);
  if (!parsed || parsed.kind === MAIN_EDITION) return "";
  return ` ${parsed.kind} ฉบับที่ ${parsed.number ?? ""}`.trimEnd();
}
