import type { Severity } from "../../src/domain/validate/Issue";
import type { SampleCell } from "../../src/sample/samplePlan";
import { cellOf, type PlanSpec } from "./planByOpenpyxl";

/** A mistake typed into a cell of the sample plan, and what the check must say about it there. */
export interface PlantedProblem {
  readonly sheet: string;
  readonly cell: string;
  readonly value: SampleCell;
  readonly code: string;
  readonly severity: Severity;
}

/**
 * The sample plan's spec with mistakes typed into it (a budget in words, a strategy that does not
 * exist, a project without a name, an equipment type not in the catalog, a date that is not one) and
 * the user's own notes, one of them on a cell with a mistake.
 */
export function withPlantedProblems(spec: PlanSpec): { spec: PlanSpec; problems: PlantedProblem[] } {
  const at = (sheet: string, table: string, row: number, header: string) => ({
    sheet,
    cell: cellOf(spec, table, row, header),
  });
  const problems: PlantedProblem[] = [
    {
      ...at("โครงการ", "Projects", 1, "งบประมาณ (บาท)"),
      value: "สามหมื่น",
      code: "unreadable-budget",
      severity: "error",
    },
    { ...at("โครงการ", "Projects", 3, "ยุทธศาสตร์"), value: 9, code: "unknown-strategy", severity: "error" },
    { ...at("โครงการ", "Projects", 4, "โครงการ"), value: null, code: "missing-value", severity: "error" },
    {
      ...at("ครุภัณฑ์", "Equipment", 0, "ประเภทครุภัณฑ์"),
      value: "ครุภัณฑ์วิเศษ",
      code: "unknown-equipment-type",
      severity: "error",
    },
    {
      ...at("ฉบับ", "Editions", 0, "วันที่คณะกรรมการสนับสนุนฯ จัดทำร่าง"),
      value: "ไม่รู้",
      code: "unreadable-date",
      severity: "warning",
    },
  ];
  const first = problems[0]!;
  return {
    spec: {
      ...spec,
      set: [...(spec.set ?? []), ...problems.map(({ sheet, cell, value }) => ({ sheet, cell, value }))],
      comments: [
        ...(spec.comments ?? []),
        { sheet: "โครงการ", cell: "A1", text: "หัวตารางจากฝ่ายแผน" },
        { sheet: first.sheet, cell: first.cell, text: "ตรวจอีกครั้ง" },
      ],
    },
    problems,
  };
}
