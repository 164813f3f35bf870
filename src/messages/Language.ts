/** The languages every user-facing text comes in: Thai first, English as the alternative. */
export type Language = "th" | "en";
