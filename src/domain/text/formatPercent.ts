/**
 * Integer hundredths of a percent (PlanSummary, already apportioned by the roll-up) as a 2-decimal string.
 * @example formatPercent(2381) //=> "23.81"
 */
export function formatPercent(hundredths: number): string {
  const abs = Math.abs(Math.round(hundredths));
  return `${hundredths < 0 ? "-" : ""}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
