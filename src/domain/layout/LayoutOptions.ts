import { z } from "zod";

export const LayoutFontSchema = z.enum(["TH SarabunPSK", "TH SarabunIT๙"]);
export type LayoutFont = z.infer<typeof LayoutFontSchema>;

/**
 * How a later edition is named in titles and the notice, as real plans write it: `เพิ่มเติม ครั้งที่ 1/2570`
 * (the default), `เพิ่มเติม ฉบับที่ 1`, or `เพิ่มเติม (ฉบับที่ 1)`.
 */
export const EditionLabelSchema = z.enum(["ครั้งที่", "ฉบับที่", "(ฉบับที่)"]);
export type EditionLabel = z.infer<typeof EditionLabelSchema>;

/** How the ผด.02 schedule marks its months: an arrow line across them (the default) or a grey fill. */
export const ScheduleMarkSchema = z.enum(["arrow", "fill"]);
export type ScheduleMark = z.infer<typeof ScheduleMarkSchema>;

/** How the official tables are laid out for printing. */
export const LayoutOptionsSchema = z.object({
  /** Edition code to lay out, or null for the consolidated set (ฉบับรวม). */
  edition: z.string().nullable(),
  /** Print every number and date with Thai digits (๑๒๓). */
  thaiDigits: z.boolean().default(false),
  /** ผด.01 leaves out other agencies' and no-budget projects. */
  excludeUnbudgeted: z.boolean().default(false),
  font: LayoutFontSchema.default("TH SarabunPSK"),
  editionLabel: EditionLabelSchema.default("ครั้งที่"),
  schedule: ScheduleMarkSchema.default("arrow"),
  /** The notice's signature line starts with "(ลงชื่อ)", as on a typed copy (an original has none). */
  signatureMark: z.boolean().default(false),
  /** The book ends with a ภาคผนวก page, before the papers staff attach (minutes, orders, notices). */
  appendix: z.boolean().default(false),
});
export type LayoutOptions = z.input<typeof LayoutOptionsSchema>;
export type ResolvedLayoutOptions = z.output<typeof LayoutOptionsSchema>;

/** Label of the consolidated set in sheet names and the owner mark. */
export const CONSOLIDATED_EDITION = "ฉบับรวม";
