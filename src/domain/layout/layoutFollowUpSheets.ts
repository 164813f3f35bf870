import { reportRoundOf } from "../followUp/reportRoundOf";
import type { FollowUpRound } from "../model/followUpReport";
import type { Plan } from "../model/plan";
import { gluedPhrases, REPORT_KEEP_WORDS } from "./_lib/reportKeepWords";
import { followUpNoticeText } from "./followUpNoticeText";
import { layoutFollowUpReport } from "./layoutFollowUpReport";
import { layoutNoticeOf } from "./layoutNotice";
import { LayoutOptionsSchema, type LayoutOptions } from "./LayoutOptions";
import { reportOwner, reportSheetName } from "./reportSheetName";
import type { SheetSpec } from "./SheetSpec";

/** Which follow-up sheets to lay out: a round's report, or the December report (12 months and its notice). */
export type FollowUpSheetSet = "6" | "12" | "december";

/** The sets in the order the year brings them; `report -o` writes them all. */
export const FOLLOW_UP_SHEET_SETS: readonly FollowUpSheetSet[] = ["6", "12", "december"];

/**
 * The printed follow-up sheets of one set: `รายงานผล 6 เดือน` (as of 31 มี.ค.), `รายงานผล 12 เดือน`
 * (as of 30 ก.ย.), or the December report, which is the 12-month report with its notice
 * (`ประกาศผลการติดตาม`, ข้อ 29 (5)). `options.edition` null reports every edition together.
 * @example layoutFollowUpSheets(plan, "december", { edition: null }).map((s) => s.name) //=> ["รายงานผล 12 เดือน", "ประกาศผลการติดตาม"]
 */
export function layoutFollowUpSheets(plan: Plan, set: FollowUpSheetSet, options: LayoutOptions): SheetSpec[] {
  const resolved = LayoutOptionsSchema.parse(options);
  const round: FollowUpRound = set === "6" ? "6" : "12";
  const report = reportRoundOf(plan, round, resolved.edition);
  const sheets = [layoutFollowUpReport(plan, report, round, resolved)];
  if (set === "december") {
    const text = followUpNoticeText(plan, report, { signatureMark: resolved.signatureMark });
    sheets.push(
      layoutNoticeOf(text, plan, resolved, {
        name: reportSheetName("reportNotice", resolved.edition),
        owner: reportOwner("reportNotice", resolved.edition),
        keep: [...REPORT_KEEP_WORDS, ...gluedPhrases(text.paragraphs)],
      }),
    );
  }
  return sheets;
}

/** Every follow-up sheet (both rounds and the notice), each once, in that order. */
export function layoutAllFollowUpSheets(plan: Plan, options: LayoutOptions): SheetSpec[] {
  const seen = new Set<string>();
  return FOLLOW_UP_SHEET_SETS.flatMap((set) => layoutFollowUpSheets(plan, set, options)).filter((sheet) => {
    if (seen.has(sheet.name)) return false;
    seen.add(sheet.name);
    return true;
  });
}
