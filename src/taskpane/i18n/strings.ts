import { en } from "./en";
import { th, type Strings } from "./th";

export type Language = "th" | "en";

export const STRINGS: Readonly<Record<Language, Strings>> = { th, en };
