/** Integer hundredths of a percent as "23.81" (the roll-up already apportioned them). */
export function formatPercent(hundredths: number): string {
  const sign = hundredths < 0 ? "-" : "";
  const abs = Math.abs(Math.round(hundredths));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
