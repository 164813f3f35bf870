import type { Plan } from "../model/plan";
import { workPlanRanking } from "../model/workPlanRanking";
import { selectRows } from "../rollup/selectRows";
import { groupInOrder } from "./_lib/groupInOrder";
import { nameWithDevPlanRef } from "./devPlanRefNote";
import { withFundingSource } from "./_lib/withFundingSource";
import { layoutScheduleSheet, type ScheduleGroup } from "./_lib/layoutScheduleSheet";
import type { ResolvedLayoutOptions } from "./LayoutOptions";
import type { SheetSpec } from "./SheetSpec";

export const PD02_TITLE = "บัญชีโครงการ/กิจกรรม/งบประมาณ";
/** Lines broken by hand at phrase boundaries: automatic breaks would split words (สถานที่ดำเนิน|การ). */
export const PD02_HEADINGS = [
  "ที่",
  "โครงการ",
  "รายละเอียดของกิจกรรม\nที่เกิดขึ้นจากโครงการ",
  "งบประมาณ\n(บาท)",
  "สถานที่\nดำเนินการ",
  "หน่วยงาน\nรับผิดชอบหลัก",
] as const;

/**
 * แบบ ผด.02: every project of the edition, grouped strategy → work plan (in the order the plan lists them);
 * a project with a development-plan reference prints it on a line under its name (devPlanRefNote).
 */
export function layoutPd02(plan: Plan, options: ResolvedLayoutOptions): SheetSpec {
  const { projects } = selectRows(plan, { edition: options.edition, excludeUnbudgeted: false });
  const workPlanRank = workPlanRanking(plan.projects);
  const byStrategy = groupInOrder(projects, (p) => String(p.strategyNumber), Number);
  const groups: ScheduleGroup[] = byStrategy.map(([number, rows]) => {
    const name = plan.strategies.find((s) => String(s.number) === number)?.name ?? "";
    return {
      heading: `${number}. ${name}`,
      subgroups: groupInOrder(rows, (p) => p.workPlan, workPlanRank).map(([workPlan, items], j) => ({
        heading: `${number}.${j + 1} ${workPlan}`,
        items: items.map((p) => ({
          name: nameWithDevPlanRef(withFundingSource(p.name, p.fundingSource), p.devPlanRef),
          detail: p.activityDetail,
          budget: p.budget,
          location: p.location,
          unit: p.responsibleUnit,
          months: p.months,
        })),
      })),
    };
  });
  return layoutScheduleSheet(
    plan,
    { kind: "pd02", formCode: "แบบ ผด.02", title: PD02_TITLE, headings: PD02_HEADINGS, groups },
    options,
  );
}
