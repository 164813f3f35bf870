import { digitsFor } from "./toThaiDigits";

/**
 * Integer hundredths of a percent (PlanSummary) as a 2-decimal string.
 * @example formatPercent(2381) //=> "23.81"
 */
export function formatPercent(
  hundredths: number,
  options: { readonly thaiDigits: boolean } = { thaiDigits: false },
): string {
  const abs = Math.abs(hundredths);
  const text = `${hundredths < 0 ? "-" : ""}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
  return digitsFor(text, options.thaiDigits);
}
