import { z } from "zod";
import { IsoDateSchema } from "../model/plan";

export const TimelineStepNameSchema = z.enum([
  "trigger",
  "draft",
  "review",
  "approval",
  "announcement",
  "postingStart",
  "postingEnd",
]);
export type TimelineStepName = z.infer<typeof TimelineStepNameSchema>;

/**
 * done = recorded and within its rule; late = recorded but breaks its rule (for the posting end:
 * ended too soon); missing = not recorded and overdue (or its due date cannot be known);
 * pending = not yet due, or recorded for a future day.
 */
export const TimelineStatusSchema = z.enum(["done", "late", "missing", "pending"]);
export type TimelineStatus = z.infer<typeof TimelineStatusSchema>;

/** One step of an edition's procedure, for the task pane's timeline. */
export const TimelineStepSchema = z.object({
  step: TimelineStepNameSchema,
  /** The Edition field the date comes from (for pointing at the cell). */
  field: z.string(),
  date: IsoDateSchema.nullable(),
  /** When the step is due; for the posting end, the earliest day it may end. */
  dueDate: IsoDateSchema.nullable(),
  status: TimelineStatusSchema,
});
export type TimelineStep = z.infer<typeof TimelineStepSchema>;
