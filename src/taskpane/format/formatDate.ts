import { isValidIsoDate } from "../../domain/editions/isoDate";
import { FISCAL_MONTHS_EN, inCalendarOrder } from "../../domain/model/months";
import { formatThaiShortDate } from "../../domain/text/formatThaiDate";
import type { Language } from "../../messages/Language";

const EN_MONTHS = inCalendarOrder(FISCAL_MONTHS_EN);

/** An ISO date (YYYY-MM-DD) as "10 ต.ค. 2569" (B.E.) or "10 Oct 2026"; other text is shown as it is. */
export function formatDate(iso: string, language: Language): string {
  if (!isValidIsoDate(iso)) return iso;
  if (language === "th") return formatThaiShortDate(iso);
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return `${day} ${EN_MONTHS[month - 1] ?? ""} ${year}`;
}
