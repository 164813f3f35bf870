import { equipmentTypeOrder } from "../catalog/equipmentTypes";
import { workPlanOrder } from "../catalog/workPlans";
import type { Plan } from "../model/plan";
import { selectRows } from "../rollup/selectRows";
import { groupInOrder } from "./_lib/groupInOrder";
import { withFundingSource } from "./_lib/withFundingSource";
import { layoutScheduleSheet, type ScheduleGroup } from "./_lib/layoutScheduleSheet";
import type { ResolvedLayoutOptions } from "./LayoutOptions";
import type { SheetSpec } from "./SheetSpec";

export const PD021_TITLE = "บัญชีจำนวนครุภัณฑ์สำหรับที่ไม่ได้ดำเนินการตามโครงการพัฒนาท้องถิ่น";
/** ผด.02/1 laid out like ผด.02 (the layout most อปท. print): equipment rows with the same schedule columns. */
export const PD021_HEADINGS = [
  "ที่",
  "ครุภัณฑ์",
  "รายละเอียดของครุภัณฑ์",
  "งบประมาณ\n(บาท)",
  "สถานที่\nดำเนินการ",
  "หน่วยงาน\nรับผิดชอบหลัก",
] as const;

/** แบบ ผด.02/1: equipment of the edition grouped by type (official order), then by work plan. */
export function layoutPd021(plan: Plan, options: ResolvedLayoutOptions): SheetSpec {
  const { equipment } = selectRows(plan, { edition: options.edition, excludeUnbudgeted: false });
  const groups: ScheduleGroup[] = groupInOrder(equipment, (e) => e.equipmentType, equipmentTypeOrder).map(
    ([type, rows], i) => ({
      heading: `${i + 1}. ${type}`,
      subgroups: groupInOrder(rows, (e) => e.workPlan, workPlanOrder).map(([workPlan, items], j) => ({
        heading: `${i + 1}.${j + 1} ${workPlan}`,
        items: items.map((e) => ({
          name: withFundingSource(e.item, e.fundingSource),
          detail: e.detail,
          budget: e.budget,
          location: e.location,
          unit: e.responsibleUnit,
          months: e.months,
        })),
      })),
    }),
  );
  return layoutScheduleSheet(
    plan,
    { kind: "pd021", formCode: "แบบ ผด.02/1", title: PD021_TITLE, headings: PD021_HEADINGS, groups },
    options,
  );
}
