import { satangToBaht } from "../../model/money";
import type { CellValue } from "../../grid/CellValue";
import { DEV_PLAN_PROJECTS_TABLE } from "../../template/templateSpec";
import type { ImportedDevPlanEntry } from "./DevPlanImportResult";

/** The imported entries as DevPlanProjects body rows, in the template's column order. */
export function devPlanTemplateRows(entries: readonly ImportedDevPlanEntry[]): CellValue[][] {
  const headers = DEV_PLAN_PROJECTS_TABLE.columns.map((c) => c.header);
  return entries.map((entry) => {
    const byHeader: Readonly<Record<string, CellValue>> = {
      "แผนพัฒนาท้องถิ่น (ฉบับ)": entry.edition === "" ? null : entry.edition,
      หน้า: entry.page,
      ลำดับ: entry.item,
      ยุทธศาสตร์: entry.strategyNumber,
      แผนงาน: entry.workPlan === "" ? null : entry.workPlan,
      โครงการ: entry.name,
      "งบประมาณ (บาท)": entry.budget === null ? null : satangToBaht(entry.budget),
    };
    return headers.map((header) => byHeader[header] ?? null);
  });
}
