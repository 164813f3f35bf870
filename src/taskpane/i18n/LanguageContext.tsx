import { createContext, useContext } from "react";
import type { Strings } from "./th";
import type { Language } from "../../messages/Language";
import { STRINGS } from "./strings";

export interface LanguageState {
  readonly language: Language;
  readonly strings: Strings;
  readonly setLanguage: (language: Language) => void;
}

export const LanguageContext = createContext<LanguageState>({
  language: "th",
  strings: STRINGS.th,
  setLanguage: () => undefined,
});

/** The current UI language and its strings. */
export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}
