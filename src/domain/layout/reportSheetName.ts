import { CONSOLIDATED_EDITION } from "./LayoutOptions";
import type { FollowUpSheetKind, OwnerMark } from "./SheetSpec";

const MAX_SHEET_NAME = 31;

/** Full names for the report of all editions; short ones leave room for an edition's code. */
const NAMES: Readonly<Record<FollowUpSheetKind, { readonly full: string; readonly short: string }>> = {
  report6: { full: "รายงานผล 6 เดือน", short: "ผล 6 เดือน" },
  report12: { full: "รายงานผล 12 เดือน", short: "ผล 12 เดือน" },
  reportNotice: { full: "ประกาศผลการติดตาม", short: "ประกาศผล" },
};

/**
 * A follow-up sheet's name: the bare name for the report of all editions (the usual one: the year's
 * follow-up covers every project), else the name and the edition (Excel forbids `/`), shortened to fit
 * Excel's 31 characters whole rather than cut.
 * @example reportSheetName("report6", null) //=> "รายงานผล 6 เดือน"
 * @example reportSheetName("report12", "เพิ่มเติม 1/2570") //=> "ผล 12 เดือน เพิ่มเติม 1-2570"
 */
export function reportSheetName(kind: FollowUpSheetKind, edition: string | null): string {
  const { full, short } = NAMES[kind];
  if (edition === null) return full;
  const suffix = edition.replace(/[[\]:*?/\\]/gu, "-");
  const long = `${full} ${suffix}`;
  return long.length <= MAX_SHEET_NAME ? long : `${short} ${suffix}`.slice(0, MAX_SHEET_NAME).trimEnd();
}

/** The owner mark: the edition, or the consolidated label for all editions (kept by every build). */
export function reportOwner(kind: FollowUpSheetKind, edition: string | null): OwnerMark {
  return { kind, edition: edition ?? CONSOLIDATED_EDITION };
}
