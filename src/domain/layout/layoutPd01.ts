import type { Plan } from "../model/plan";
import type { PlanSummary, Tally, Shares } from "../rollup/PlanSummary";
import { addFormCodeRow, addTitleRows, finishSheet } from "./_lib/finishSheet";
import { BODY_PT, officialStyles } from "./_lib/officialStyles";
import { planTitleLines } from "./_lib/planTitleLines";
import { SheetBuilder, rowHeightForLines } from "./_lib/SheetBuilder";
import type { CellSpec, SheetSpec } from "./SheetSpec";
import { CONSOLIDATED_EDITION, type ResolvedLayoutOptions } from "./LayoutOptions";
import { sheetNameFor } from "./sheetNameFor";

export const PD01_TITLE = "บัญชีสรุปจำนวนโครงการและงบประมาณ";
export const PD01_HEADERS = [
  "ยุทธศาสตร์",
  "จำนวนโครงการที่ดำเนินการ",
  "คิดเป็นร้อยละของโครงการทั้งหมด",
  "จำนวนงบประมาณ",
  "คิดเป็นร้อยละของงบประมาณทั้งหมด",
  "หน่วยดำเนินการ",
] as const;
const WIDTHS = [250, 80, 90, 95, 90, 165];

/** Numbers stay numbers: percentages as fractions of 100 with 2 decimals, money in baht. */
function figures(t: Tally & Shares, total: boolean): CellSpec[] {
  return [
    { value: t.projects, style: total ? "totalCount" : "count" },
    { value: t.projectsPercent / 100, style: total ? "totalPercent" : "percent" },
    { value: t.budget / 100, style: total ? "totalBaht" : "baht" },
    { value: t.budgetPercent / 100, style: total ? "totalPercent" : "percent" },
  ];
}

/** แบบ ผด.01 from a roll-up: strategy heading, its work plans, รวม per strategy, รวมทั้งสิ้น. */
export function layoutPd01(plan: Plan, summary: PlanSummary, options: ResolvedLayoutOptions): SheetSpec {
  const b = new SheetBuilder(WIDTHS);
  addFormCodeRow(b, "แบบ ผด.01");
  addTitleRows(b, planTitleLines(PD01_TITLE, plan, options.edition));
  const headerLines = Math.max(...PD01_HEADERS.map((h, i) => b.linesIn(h, i, 1, BODY_PT)));
  const header = b.addRow(
    rowHeightForLines(headerLines, BODY_PT),
    PD01_HEADERS.map((h) => ({ value: h, style: "header" })),
  );
  const headings = new Set<number>();
  const empty = (n: number): CellSpec[] => Array.from({ length: n }, () => ({ value: null, style: "text" }));
  for (const s of summary.strategies) {
    const label = `${s.number}. ${s.name}`;
    headings.add(
      b.addRow(rowHeightForLines(b.linesIn(label, 0, 1, BODY_PT), BODY_PT), [
        { value: label, style: "strategyHeading" },
        ...empty(5),
      ]),
    );
    s.workPlans.forEach((wp, j) => {
      const text = `${s.number}.${j + 1} ${wp.name}`;
      const units = wp.units.join(", ");
      const lines = Math.max(b.linesIn(text, 0, 1, BODY_PT), b.linesIn(units, 5, 1, BODY_PT));
      b.addRow(rowHeightForLines(lines, BODY_PT), [
        { value: text, style: "text" },
        ...figures(wp, false),
        { value: units, style: "text" },
      ]);
    });
    b.addRow(rowHeightForLines(1, BODY_PT), [
      { value: "รวม", style: "totalLabel" },
      ...figures(s, true),
      { value: null, style: "totalLabel" },
    ]);
  }
  b.addRow(rowHeightForLines(1, BODY_PT), [
    { value: "รวมทั้งสิ้น", style: "totalLabel" },
    ...figures(summary.total, true),
    { value: null, style: "totalLabel" },
  ]);
  return finishSheet(b, {
    name: sheetNameFor("pd01", options.edition),
    owner: { kind: "pd01", edition: options.edition ?? CONSOLIDATED_EDITION },
    styles: officialStyles(options.font, options.thaiDigits),
    orientation: "landscape",
    pageNumbers: true,
    formCode: "แบบ ผด.01",
    headerRows: { first: header, last: header },
    headingRows: headings,
    thaiDigits: options.thaiDigits,
  });
}
