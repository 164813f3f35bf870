import { z } from "zod";

/** Why a sheet that looks like a ผด.02 is refused: it is another form (its title or columns say so). */
export const RefusalReasonSchema = z.enum(["procurement-title", "equipment-form", "procurement-column"]);
export type RefusalReason = z.infer<typeof RefusalReasonSchema>;
