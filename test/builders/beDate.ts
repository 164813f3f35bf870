import type { IsoDate } from "../../src/domain/model/plan";
import { BUDDHIST_ERA_OFFSET, THAI_MONTH_ABBREVIATIONS } from "../../src/domain/text/thaiMonthNames";

const MONTHS: readonly string[] = THAI_MONTH_ABBREVIATIONS;

/**
 * A Thai date as written in the plan ("29 ก.พ. 2567") as the Gregorian ISO date the model keeps
 * ("2024-02-29"), so tests read like the documents (the real reader of typed dates is parseDateCell).
 */
export function be(text: string): IsoDate {
  const match = /^(\d{1,2}) (\S+) (\d{4})$/u.exec(text);
  const month = MONTHS.indexOf(match?.[2] ?? "");
  if (!match || month < 0) throw new Error(`not a Thai short date: ${text}`);
  return `${Number(match[3]) - BUDDHIST_ERA_OFFSET}-${String(month + 1).padStart(2, "0")}-${match[1]!.padStart(2, "0")}`;
}
