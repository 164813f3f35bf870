import type { Plan } from "../model/plan";
import type { PlanSummary, Tally, Shares } from "../rollup/PlanSummary";
import { addFormCodeRow, addTitleRows, COMPACT_LANDSCAPE_MARGINS, finishSheet } from "./_lib/finishSheet";
import { BODY_PT, officialStyles, STANDARD_SIZES, type SheetSizes } from "./_lib/officialStyles";
import { hasSatang } from "./_lib/hasSatang";
import { planTitleLines } from "./_lib/planTitleLines";
import { properNames } from "./_lib/properNames";
import { SheetBuilder, rowHeightForLines } from "./_lib/SheetBuilder";
import type { CellSpec, SheetSpec } from "./SheetSpec";
import { CONSOLIDATED_EDITION, type ResolvedLayoutOptions } from "./LayoutOptions";
import { sheetNameFor } from "./sheetNameFor";

export const PD01_TITLE = "บัญชีสรุปจำนวนโครงการและงบประมาณ";
/**
 * Each header is a few phrases; a line breaks only between them (automatic breaks could split
 * สถานที่ดำเนิน|การ): at the standard size most take three lines, when set smaller two.
 */
export const PD01_HEADERS = [
  ["ยุทธศาสตร์"],
  ["จำนวน", "โครงการ", "ที่ดำเนินการ"],
  ["คิดเป็นร้อยละ", "ของโครงการ", "ทั้งหมด"],
  ["จำนวน", "งบประมาณ"],
  ["คิดเป็นร้อยละ", "ของงบประมาณ", "ทั้งหมด"],
  ["หน่วยดำเนินการ"],
] as const;
/** Column A fits the longest "n.n แผนงาน…" name on one line once the text is set smaller; F a unit's name. */
const WIDTHS = [220, 85, 100, 95, 110, 160];

/**
 * ผด.01 prints on one page when it can: its text is set smaller, half a point at a time down to this
 * size (the size third-party LAO tools print their tables at), before it takes a second page.
 */
export const PD01_MIN_BODY_PT = 9;
const SIZE_STEP = 0.5;

/**
 * Numbers stay numbers: percentages as fractions of 100 with 2 decimals, money in baht (with satang
 * when the table has any).
 */
function figures(t: Tally & Shares, total: boolean, satang: boolean): CellSpec[] {
  const baht = total ? (satang ? "totalBahtSatang" : "totalBaht") : satang ? "bahtSatang" : "baht";
  return [
    { value: t.projects, style: total ? "totalCount" : "count" },
    { value: t.projectsPercent / 100, style: total ? "totalPercent" : "percent" },
    { value: t.budget / 100, style: baht },
    { value: t.budgetPercent / 100, style: total ? "totalPercent" : "percent" },
  ];
}

/**
 * แบบ ผด.01 from a roll-up: strategy heading, its work plans, รวม per strategy, รวมทั้งสิ้น. One page
 * when the table fits one at PD01_MIN_BODY_PT or more (six strategies of a couple of work plans each
 * do); a longer one keeps the standard sizes and breaks over pages.
 */
export function layoutPd01(plan: Plan, summary: PlanSummary, options: ResolvedLayoutOptions): SheetSpec {
  const standard = layoutPd01At(plan, summary, options, STANDARD_SIZES);
  if (standard.print.pageBreaksBefore.length === 0) return standard;
  // At each size, first as usual, then compact (the form code in the page header, a little less
  // margin above and below): the largest text that fits one page wins.
  for (let body = BODY_PT - SIZE_STEP; body >= PD01_MIN_BODY_PT; body -= SIZE_STEP) {
    for (const compact of [false, true]) {
      const smaller = layoutPd01At(plan, summary, options, { body, title: body + 2 }, compact);
      if (smaller.print.pageBreaksBefore.length === 0) return smaller;
    }
  }
  return standard;
}

export function layoutPd01At(
  plan: Plan,
  summary: PlanSummary,
  options: ResolvedLayoutOptions,
  sizes: SheetSizes,
  compact = false,
): SheetSpec {
  const { body } = sizes;
  const satang = hasSatang([
    summary.total.budget,
    ...summary.strategies.flatMap((s) => [s.budget, ...s.workPlans.map((wp) => wp.budget)]),
  ]);
  const b = new SheetBuilder(WIDTHS, options.thaiDigits, properNames(plan));
  if (!compact) addFormCodeRow(b, "แบบ ผด.01", sizes.title);
  addTitleRows(b, planTitleLines(PD01_TITLE, plan, options.edition, options.editionLabel), sizes.title);
  const headers = PD01_HEADERS.map((phrases, i) => b.wrappedPhrases(phrases, i, 1, body, true));
  const header = b.addRow(
    rowHeightForLines(Math.max(...headers.map((h) => h.lines)), body),
    headers.map((h) => ({ value: h.text, style: "header" })),
  );
  const headings = new Set<number>();
  const columns = WIDTHS.length;
  for (const s of summary.strategies) {
    // As in ผด.02, the strategy heads its work plans across the whole table rather than wrapping in column A.
    const label = `${s.number}. ${s.name}`;
    const heading = b.addBlock([{ wrap: label, style: "strategyHeading", span: columns, bold: true }], body);
    for (const row of heading) headings.add(row);
    s.workPlans.forEach((wp, j) => {
      b.addBlock(
        [
          { wrap: `${s.number}.${j + 1} ${wp.name}`, style: "text" },
          ...figures(wp, false, satang),
          { wrap: wp.units.join(", "), style: "text" },
        ],
        body,
      );
    });
    b.addRow(rowHeightForLines(1, body), [
      { value: "รวม", style: "totalLabel" },
      ...figures(s, true, satang),
      { value: null, style: "totalLabel" },
    ]);
  }
  b.addRow(rowHeightForLines(1, body), [
    { value: "รวมทั้งสิ้น", style: "totalLabel" },
    ...figures(summary.total, true, satang),
    { value: null, style: "totalLabel" },
  ]);
  return finishSheet(b, {
    name: sheetNameFor("pd01", options.edition),
    owner: { kind: "pd01", edition: options.edition ?? CONSOLIDATED_EDITION },
    font: options.font,
    styles: officialStyles(options.font, options.thaiDigits, sizes),
    orientation: "landscape",
    pageNumbers: true,
    formCode: "แบบ ผด.01",
    headerRows: { first: header, last: header },
    headingRows: headings,
    thaiDigits: options.thaiDigits,
    ...(compact ? { formCodeInHeader: true, margins: COMPACT_LANDSCAPE_MARGINS } : {}),
  });
}
