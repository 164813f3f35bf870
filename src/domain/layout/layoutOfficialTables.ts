import type { Plan } from "../model/plan";
import { rollupPlan } from "../rollup/rollupPlan";
import { layoutComparison } from "./layoutComparison";
import { layoutNotice } from "./layoutNotice";
import { LayoutOptionsSchema, type LayoutOptions } from "./LayoutOptions";
import { layoutPd01 } from "./layoutPd01";
import { layoutPd02 } from "./layoutPd02";
import { layoutPd021 } from "./layoutPd021";
import type { Picture } from "./Picture";
import type { SheetSpec } from "./SheetSpec";

/** The pictures the user gave: the emblem (ตราครุฑ) on the notice, the logo on the cover. */
export interface PlanPictures {
  readonly emblem?: Picture;
  readonly logo?: Picture;
}

/**
 * The printed sheets of one edition, in book order: ผด.01, ผด.02, ผด.02/1 and its ประกาศ. The
 * consolidated set (ฉบับรวม) is a view over all editions and has no notice: a notice announces one
 * edition (each edition has its own ประกาศ; the consolidated set is only a view over them), and a
 * consolidated one would have no date or decision to cite.
 * @param plan - the plan as read from the template
 * @param options - edition (null = ฉบับรวม), Thai digits, ผด.01 exclusion, font, label forms
 * @param pictures - the emblem placed on the notice, when the user gave one
 * @returns the sheet specs
 * A เปลี่ยนแปลง or แก้ไข edition adds its comparison sheet (layoutComparison) after the notice.
 * @example layoutOfficialTables(plan, { edition: "หลัก" }).map((s) => s.name) //=> ["ผด.01", "ผด.02", "ผด.02-1", "ประกาศ"]
 */
export function layoutOfficialTables(
  plan: Plan,
  options: LayoutOptions,
  pictures: PlanPictures = {},
): SheetSpec[] {
  const resolved = LayoutOptionsSchema.parse(options);
  const summary = rollupPlan(plan, {
    edition: resolved.edition,
    excludeUnbudgeted: resolved.excludeUnbudgeted,
  });
  // A เปลี่ยนแปลง or แก้ไข edition also gets its comparison sheet for the committee (last, after the notice).
  const comparison = layoutComparison(plan, resolved);
  return [
    layoutPd01(plan, summary, resolved),
    layoutPd02(plan, resolved),
    layoutPd021(plan, resolved),
    ...(resolved.edition === null ? [] : [layoutNotice(plan, resolved, pictures.emblem)]),
    ...(comparison ? [comparison] : []),
  ];
}
