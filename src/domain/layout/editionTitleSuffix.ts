import { MAIN_EDITION, parseEditionCode } from "../model/editionCode";
import type { EditionLabel } from "./LayoutOptions";

/**
 * What follows "ประจำปีงบประมาณ พ.ศ. N" in titles and the notice subject for an edition, in the
 * label form asked (default: ครั้งที่ N/ปี, as real plans write it).
 * @example editionTitleSuffix("เพิ่มเติม 1/2570") //=> " เพิ่มเติม ครั้งที่ 1/2570"
 * @example editionTitleSuffix("เพิ่มเติม 1/2570", "ฉบับที่") //=> " เพิ่มเติม ฉบับที่ 1"
 * @example editionTitleSuffix(null) //=> " (ฉบับรวม)"
 */
export function editionTitleSuffix(edition: string | null, form: EditionLabel = "ครั้งที่"): string {
  if (edition === null) return " (ฉบับรวม)";
  const parsed = parseEditionCode(edition);
  if (!parsed || parsed.kind === MAIN_EDITION) return "";
  const number = parsed.number ?? "";
  if (form === "ฉบับที่") return ` ${parsed.kind} ฉบับที่ ${number}`;
  if (form === "(ฉบับที่)") return ` ${parsed.kind} (ฉบับที่ ${number})`;
  return ` ${parsed.kind} ครั้งที่ ${number}/${parsed.year ?? ""}`;
}
