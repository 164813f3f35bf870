import type { DevPlanProject, DevPlanRef } from "../model/plan";
import type { ParsedDevPlanProject, ParsedDevPlanRef } from "./ParsedWorkbook";
import { valueOf } from "./Reading";

/** A project's reference, when its page and item were both read (rules report the rest). */
export function devPlanRefOf(ref: ParsedDevPlanRef | null): DevPlanRef | undefined {
  if (!ref) return undefined;
  const page = valueOf(ref.page);
  const item = valueOf(ref.item);
  return page === undefined || item === undefined ? undefined : { edition: ref.edition, page, item };
}

/** The list's rows that can be referred to: page, item and name read; the rules report the others. */
export function devPlanProjectsOf(rows: readonly ParsedDevPlanProject[]): DevPlanProject[] {
  return rows.flatMap((row): DevPlanProject[] => {
    const page = valueOf(row.page);
    const item = valueOf(row.item);
    if (page === undefined || item === undefined || row.name === "") return [];
    const budget = valueOf(row.budget);
    return [
      {
        edition: row.edition,
        page,
        item,
        strategyNumber: valueOf(row.strategyNumber) ?? null,
        workPlan: valueOf(row.workPlan) ?? "",
        name: row.name,
        budget: budget === undefined || budget < 0 ? null : budget,
        source: row.ref,
      },
    ];
  });
}
