import { z } from "zod";

export const LayoutFontSchema = z.enum(["TH SarabunPSK", "TH SarabunIT๙"]);
export type LayoutFont = z.infer<typeof LayoutFontSchema>;

/** How the official tables are laid out for printing. */
export const LayoutOptionsSchema = z.object({
  /** Edition code to lay out, or null for the consolidated set (ฉบับรวม). */
  edition: z.string().nullable(),
  /** Print every number and date with Thai digits (๑๒๓). */
  thaiDigits: z.boolean().default(false),
  /** ผด.01 leaves out other agencies' and no-budget projects. */
  excludeUnbudgeted: z.boolean().default(false),
  font: LayoutFontSchema.default("TH SarabunPSK"),
});
export type LayoutOptions = z.input<typeof LayoutOptionsSchema>;
export type ResolvedLayoutOptions = z.output<typeof LayoutOptionsSchema>;

/** Label of the consolidated set in sheet names and the owner mark. */
export const CONSOLIDATED_EDITION = "ฉบับรวม";
