import { MAX_SATANG, type Satang } from "../model/money";
import type { Reading } from "./Reading";

const OVER_TOTAL = { kind: "tooLarge", scope: "planTotal" } as const;

/** A running total of amounts, shared by the lists it bounds. */
export interface PlanTotal {
  satang: Satang;
}

export const newPlanTotal = (): PlanTotal => ({ satang: 0 });

/**
 * The rows with the running total of their amounts held below MAX_SATANG: from the row whose amount
 * takes it there, each such amount reads as too large for the plan (an error at its cell) and counts
 * nowhere. Every sum the roll-ups, layouts and checks make of these rows is then an exact integer,
 * whatever was typed. Rows are walked in order; the list is copied only when a row changes.
 */
export function boundPlanTotal<K extends string, T extends { readonly [key in K]: Reading<Satang> }>(
  rows: T[],
  key: K,
  total: PlanTotal,
): T[] {
  let out: T[] | null = null;
  rows.forEach((row, i) => {
    const reading = row[key];
    if (reading.status !== "ok" || reading.value <= 0) return;
    if (total.satang + reading.value < MAX_SATANG) {
      total.satang += reading.value;
      return;
    }
    out ??= [...rows];
    out[i] = { ...row, [key]: { status: "invalid", text: reading.text, why: OVER_TOTAL } };
  });
  return out ?? rows;
}
