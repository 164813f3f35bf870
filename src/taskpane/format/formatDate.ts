import type { Language } from "../i18n/strings";
import { THAI_MONTH_ABBREVIATIONS } from "../../domain/text/thaiMonthNames";

const TH_MONTHS: readonly string[] = THAI_MONTH_ABBREVIATIONS;
const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** An ISO date (YYYY-MM-DD) as "10 ต.ค. 2569" (B.E.) or "10 Oct 2026"; other text is shown as it is. */
export function formatDate(iso: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const year = Number(match[1]);
  const month = Number(match[2]) - 1;
  const day = Number(match[3]);
  if (month < 0 || month > 11) return iso;
  return language === "th"
    ? `${day} ${TH_MONTHS[month]} ${year + 543}`
    : `${day} ${EN_MONTHS[month]} ${year}`;
}
