import { z } from "zod";

export const SeveritySchema = z.enum(["error", "warning"]);
export type Severity = z.infer<typeof SeveritySchema>;

export const IssueLocationSchema = z.object({ sheet: z.string(), cell: z.string() });
export type IssueLocation = z.infer<typeof IssueLocationSchema>;

/**
 * A problem found in the user's plan, as data: a stable code, where, and the values a message needs.
 * Display text (Thai/English) is made at the edge from `code` + `params` (src/messages).
 */
export const IssueSchema = z.object({
  code: z.string(),
  severity: SeveritySchema,
  location: IssueLocationSchema.optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type Issue = z.infer<typeof IssueSchema>;
