import { z } from "zod";
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from "../catalog/followUpStatuses";

const count = z.number().int().nonnegative();
const baht = z.number().nonnegative();

/** Project counts by status, keyed by the five status labels of the template, all present. */
const ByStatusSchema = z.strictObject(
  Object.fromEntries(FOLLOW_UP_STATUSES.map((status) => [status, count])) as Record<
    FollowUpStatus,
    typeof count
  >,
);

/**
 * The exact shape of `action-plan report --json` (PRODUCT §5), a published format: money in baht as
 * numbers, `asOf` a Gregorian ISO date.
 */
export const ReportJsonSchema = z.strictObject({
  fiscalYear: z.number().int(),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u),
  total: z.strictObject({
    projects: count,
    budget: baht,
    contracted: baht,
    disbursed: baht,
    byStatus: ByStatusSchema,
  }),
  strategies: z.array(
    z.strictObject({
      number: z.number().int().positive(),
      name: z.string(),
      projects: count,
      budget: baht,
      contracted: baht,
      disbursed: baht,
      byStatus: ByStatusSchema,
    }),
  ),
  fundingSources: z.array(
    z.strictObject({ source: z.string(), projects: count, budget: baht, disbursed: baht }),
  ),
  equipment: z.strictObject({ items: count, budget: baht, disbursed: baht }),
});
export type ReportJson = z.infer<typeof ReportJsonSchema>;
