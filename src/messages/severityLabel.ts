import type { Severity } from "../domain/validate/Issue";
import type { Language } from "./Language";

const LABELS: Readonly<Record<Language, Readonly<Record<Severity, string>>>> = {
  th: { error: "ข้อผิดพลาด", warning: "คำเตือน" },
  en: { error: "Error", warning: "Warning" },
};

/** "ข้อผิดพลาด" / "คำเตือน": the word a message is prefixed with where its severity has no other sign. */
export function severityLabel(severity: Severity, lang: Language): string {
  return LABELS[lang][severity];
}
