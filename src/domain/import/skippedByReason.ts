import type { SkippedRow } from "./ImportResult";

/** Skipped rows' cells grouped by reason, reasons in the order they first occur (sheet order). */
export function skippedByReason(skipped: readonly SkippedRow[]): [SkippedRow["reason"], string[]][] {
  const groups = new Map<SkippedRow["reason"], string[]>();
  for (const row of skipped) groups.set(row.reason, [...(groups.get(row.reason) ?? []), row.cell]);
  return [...groups];
}
