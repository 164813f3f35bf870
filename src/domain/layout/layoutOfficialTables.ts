import type { Plan } from "../model/plan";
import { rollupPlan } from "../rollup/rollupPlan";
import { layoutNotice } from "./layoutNotice";
import { LayoutOptionsSchema, type LayoutOptions } from "./LayoutOptions";
import { layoutPd01 } from "./layoutPd01";
import { layoutPd02 } from "./layoutPd02";
import { layoutPd021 } from "./layoutPd021";
import type { SheetSpec } from "./SheetSpec";

/**
 * The four printed sheets of one edition (or the consolidated set), in book order.
 * @param plan - the plan as read from the template
 * @param options - edition (null = ฉบับรวม), Thai digits, ผด.01 exclusion, font
 * @returns ผด.01, ผด.02, ผด.02/1 and the ประกาศ as sheet specs
 * @example layoutOfficialTables(plan, { edition: "หลัก" }).map((s) => s.name) //=> ["ผด.01", "ผด.02", "ผด.02-1", "ประกาศ"]
 */
export function layoutOfficialTables(plan: Plan, options: LayoutOptions): SheetSpec[] {
  const resolved = LayoutOptionsSchema.parse(options);
  const summary = rollupPlan(plan, {
    edition: resolved.edition,
    excludeUnbudgeted: resolved.excludeUnbudgeted,
  });
  return [
    layoutPd01(plan, summary, resolved),
    layoutPd02(plan, resolved),
    layoutPd021(plan, resolved),
    layoutNotice(plan, resolved),
  ];
}
