import type { Language } from "../../messages/Language";
import { FOLLOW_UP_EN } from "./followUpEn";
import { FOLLOW_UP_TH } from "./followUpTh";

/**
 * Step 6's strings in a language. Kept out of the pane's main strings so they load with step 6 (the
 * pane's first screen stays within its size budget).
 */
export function followUpStrings(language: Language): typeof FOLLOW_UP_TH {
  return language === "th" ? FOLLOW_UP_TH : FOLLOW_UP_EN;
}
