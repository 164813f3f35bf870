import type { Satang } from "../../model/money";
import type { Tally } from "../PlanSummary";

/** A count and exact satang total that rows are added to one by one (satang are integers). */
export interface RunningTally {
  projects: number;
  budget: Satang;
}

export const newTally = (): RunningTally => ({ projects: 0, budget: 0 });

/** Counts one row of `budget` satang. */
export function addRow(tally: RunningTally, budget: Satang): void {
  tally.projects += 1;
  tally.budget += budget;
}

/** The finished figures, as a plain Tally. */
export const tallyOf = ({ projects, budget }: RunningTally): Tally => ({ projects, budget });

/** The group filed under `key`, made by `create` the first time the key is met (first-seen order). */
export function groupOf<K, G>(groups: Map<K, G>, key: K, create: () => G): G {
  let group = groups.get(key);
  if (group === undefined) {
    group = create();
    groups.set(key, group);
  }
  return group;
}

/** Entries of a first-seen-ordered map sorted by `rank`; equal ranks keep first-seen order (stable sort). */
export function sortedEntries<K, V>(groups: ReadonlyMap<K, V>, rank: (key: K) => number): [K, V][] {
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b));
}
