import { z } from "zod";
import { FOLLOW_UP_STATUSES } from "../catalog/followUpStatuses";
import { SatangSchema } from "./money";

/** Gregorian ISO date, as plan.ts keeps dates (declared here too: plan.ts imports this module). */
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);

export const FollowUpStatusSchema = z.enum(FOLLOW_UP_STATUSES);

/**
 * The follow-up of one project or equipment item, from the optional columns of PRODUCT §3. A blank
 * status is "not started"; a blank or unreadable amount or date is null (rules say which cell).
 */
export const FollowUpSchema = z.object({
  status: FollowUpStatusSchema,
  contractDate: IsoDate.nullable(),
  contractAmount: SatangSchema.nonnegative().nullable(),
  disbursed: SatangSchema.nonnegative().nullable(),
  completionDate: IsoDate.nullable(),
  problems: z.string(),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

export const NOT_STARTED = FOLLOW_UP_STATUSES[0];
export const COMPLETED = FOLLOW_UP_STATUSES[2];

/** What a row without any follow-up value holds; shared (rows of a plan without follow-up are most). */
export const NO_FOLLOW_UP: FollowUp = Object.freeze({
  status: NOT_STARTED,
  contractDate: null,
  contractAmount: null,
  disbursed: null,
  completionDate: null,
  problems: "",
});

/** A row's follow-up; rows built without one (tests, imports) have none recorded. */
export function followUpOf(row: { readonly followUp?: FollowUp | undefined }): FollowUp {
  return row.followUp ?? NO_FOLLOW_UP;
}
