import { MAIN_EDITION } from "../model/editionCode";
import { CONSOLIDATED_EDITION } from "./LayoutOptions";
import type { OwnerMark } from "./SheetSpec";

export type OfficialSheetKind = OwnerMark["kind"];

const BASE_NAMES: Readonly<Record<OfficialSheetKind, string>> = {
  pd01: "ผด.01",
  pd02: "ผด.02",
  pd021: "ผด.02-1",
  notice: "ประกาศ",
  report6: "รายงานผล 6 เดือน",
  report12: "รายงานผล 12 เดือน",
  reportNotice: "ประกาศผลการติดตาม",
  cover: "ปก",
  preface: "คำนำ",
  contents: "สารบัญ",
  introduction: "บทนำ",
  divider: "ส่วนที่ 2",
  appendix: "ภาคผนวก",
  comparison: "เปรียบเทียบ",
};

const MAX_SHEET_NAME = 31;

/**
 * The generated sheet's name: the bare form code for the main edition, else the edition appended
 * (Excel forbids `/` in sheet names, so `1/2570` becomes `1-2570`).
 * @example sheetNameFor("pd01", "เพิ่มเติม 1/2570") //=> "ผด.01 เพิ่มเติม 1-2570"
 * @example sheetNameFor("pd021", null) //=> "ผด.02-1 ฉบับรวม"
 */
export function sheetNameFor(kind: OfficialSheetKind, edition: string | null): string {
  const base = BASE_NAMES[kind];
  if (edition === MAIN_EDITION) return base;
  const suffix = (edition ?? CONSOLIDATED_EDITION).replace(/[[\]:*?/\\]/gu, "-");
  return `${base} ${suffix}`.slice(0, MAX_SHEET_NAME).trimEnd();
}
