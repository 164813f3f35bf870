import type { Plan } from "../model/plan";
import type { PlanSummary, Tally, Shares } from "../rollup/PlanSummary";
import { addFormCodeRow, addTitleRows, finishSheet } from "./_lib/finishSheet";
import { BODY_PT, officialStyles } from "./_lib/officialStyles";
import { planTitleLines } from "./_lib/planTitleLines";
import { properNames } from "./_lib/properNames";
import { SheetBuilder, rowHeightForLines } from "./_lib/SheetBuilder";
import type { CellSpec, SheetSpec } from "./SheetSpec";
import { CONSOLIDATED_EDITION, type ResolvedLayoutOptions } from "./LayoutOptions";
import { sheetNameFor } from "./sheetNameFor";

export const PD01_TITLE = "บัญชีสรุปจำนวนโครงการและงบประมาณ";
/**
 * Header lines are broken by hand at phrase boundaries ("\n" wraps in both apps): automatic breaks
 * fall inside words such as งบประมาณ. The figure columns are just wide enough for the longest line.
 */
export const PD01_HEADERS = [
  "ยุทธศาสตร์",
  "จำนวน\nโครงการ\nที่ดำเนินการ",
  "คิดเป็นร้อยละ\nของโครงการ\nทั้งหมด",
  "จำนวน\nงบประมาณ",
  "คิดเป็นร้อยละ\nของงบประมาณ\nทั้งหมด",
  "หน่วยดำเนินการ",
] as const;
/** Column A fits most "n.n แผนงาน…" names on one line; unit lists wrap in F. */
const WIDTHS = [245, 85, 105, 95, 105, 135];

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
  const b = new SheetBuilder(WIDTHS, options.thaiDigits, properNames(plan));
  addFormCodeRow(b, "แบบ ผด.01");
  addTitleRows(b, planTitleLines(PD01_TITLE, plan, options.edition));
  const headers = PD01_HEADERS.map((h, i) => b.wrapped(h, i, 1, BODY_PT, true));
  const header = b.addRow(
    rowHeightForLines(Math.max(...headers.map((h) => h.lines)), BODY_PT),
    headers.map((h) => ({ value: h.text, style: "header" })),
  );
  const headings = new Set<number>();
  const columns = WIDTHS.length;
  for (const s of summary.strategies) {
    // As in ผด.02, the strategy heads its work plans across the whole table rather than wrapping in column A.
    const label = `${s.number}. ${s.name}`;
    const heading = b.addBlock(
      [{ wrap: label, style: "strategyHeading", span: columns, bold: true }],
      BODY_PT,
    );
    for (const row of heading) headings.add(row);
    s.workPlans.forEach((wp, j) => {
      b.addBlock(
        [
          { wrap: `${s.number}.${j + 1} ${wp.name}`, style: "text" },
          ...figures(wp, false),
          { wrap: wp.units.join(", "), style: "text" },
        ],
        BODY_PT,
      );
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
    font: options.font,
    styles: officialStyles(options.font, options.thaiDigits),
    orientation: "landscape",
    pageNumbers: true,
    formCode: "แบบ ผด.01",
    headerRows: { first: header, last: header },
    headingRows: headings,
    thaiDigits: options.thaiDigits,
  });
}
