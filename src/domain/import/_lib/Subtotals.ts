import type { Satang } from "../../model/money";

/**
 * Running sums a hand-made sheet's `รวม` rows may refer to: since the last total row, the current work
 * plan, the current strategy, and everything so far (`รวมทั้งสิ้น`). Sheets differ in what they subtotal.
 */
export class Subtotals {
  private sinceTotal = 0;
  private workPlan = 0;
  private strategy = 0;
  private grand = 0;

  add(amount: Satang): void {
    this.sinceTotal += amount;
    this.workPlan += amount;
    this.strategy += amount;
    this.grand += amount;
  }

  startStrategy(): void {
    this.strategy = 0;
    this.startWorkPlan();
  }

  startWorkPlan(): void {
    this.workPlan = 0;
    this.sinceTotal = 0;
  }

  /** Checks a stated total; returns the closest sum it could mean when none matches, else null. */
  check(stated: Satang, grand: boolean): Satang | null {
    const candidates = grand ? [this.grand] : [this.sinceTotal, this.workPlan, this.strategy];
    this.sinceTotal = 0;
    if (candidates.includes(stated)) return null;
    return candidates.reduce((best, c) => (Math.abs(c - stated) < Math.abs(best - stated) ? c : best));
  }
}
