import { z } from "zod";
import { SourceRefSchema } from "./SourceRef";

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);

/**
 * The follow-up rounds: the 6-month report (ต.ค.–มี.ค., รอบเมษายน) and the 12-month one (the whole
 * year, รอบตุลาคม), which the executive presents within December (ข้อ 29 (5)).
 */
export const FOLLOW_UP_ROUNDS = ["6", "12"] as const;
export const FollowUpRoundSchema = z.enum(FOLLOW_UP_ROUNDS);
export type FollowUpRound = z.infer<typeof FollowUpRoundSchema>;

/** Table `FollowUpReports` (sheet ติดตามผล), optional: when each round was presented and posted. */
export const FollowUpReportSchema = z.object({
  round: FollowUpRoundSchema,
  /** The executive presented the results to the council and the development committee. */
  presentedDate: IsoDate.nullable(),
  /** The date of the notice of the results (ประกาศผลการติดตามและประเมินผล). */
  announcementDate: IsoDate.nullable(),
  postingStart: IsoDate.nullable(),
  postingEnd: IsoDate.nullable(),
  source: SourceRefSchema.optional(),
});
export type FollowUpReportRecord = z.infer<typeof FollowUpReportSchema>;

export const FOLLOW_UP_REPORT_DATE_FIELDS = [
  "presentedDate",
  "announcementDate",
  "postingStart",
  "postingEnd",
] as const;
export type FollowUpReportDateField = (typeof FOLLOW_UP_REPORT_DATE_FIELDS)[number];
