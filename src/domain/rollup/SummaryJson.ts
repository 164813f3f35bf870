import { z } from "zod";

/** Count and budget in baht, as printed by `action-plan summary --json`. */
const JsonTallySchema = z.object({
  projects: z.number().int().nonnegative(),
  budget: z.number().nonnegative(),
});

/** The exact shape of `action-plan summary --json`, a published format; budgets in baht as numbers. */
export const SummaryJsonSchema = z.strictObject({
  fiscalYear: z.number().int(),
  total: JsonTallySchema.strict(),
  strategies: z.array(
    z.strictObject({
      number: z.number().int().positive(),
      name: z.string(),
      ...JsonTallySchema.shape,
      workPlans: z.array(z.strictObject({ name: z.string(), ...JsonTallySchema.shape })),
    }),
  ),
  fundingSources: z.array(z.strictObject({ source: z.string(), ...JsonTallySchema.shape })),
  equipment: z.strictObject({ items: z.number().int().nonnegative(), budget: z.number().nonnegative() }),
});
export type SummaryJson = z.infer<typeof SummaryJsonSchema>;
