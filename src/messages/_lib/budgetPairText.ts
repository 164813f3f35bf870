import type { ParamsOf } from "../../domain/validate/Issue";

/** " (งบ / หมวด)" when an appropriation issue is about one pair; "" when about a whole work plan. */
export function budgetPairText(p: ParamsOf<"over-appropriation">): string {
  return "budgetType" in p ? ` (${p.budgetType} / ${p.expenditureCategory})` : "";
}
