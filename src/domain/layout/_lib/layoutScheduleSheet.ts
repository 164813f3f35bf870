import { activeRuns, calendarYearOfFiscalMonth, FISCAL_MONTHS, type MonthMask } from "../../model/months";
import type { Plan } from "../../model/plan";
import type { Satang } from "../../model/money";
import { CONSOLIDATED_EDITION, type ResolvedLayoutOptions } from "../LayoutOptions";
import type { CellSpec, OwnerMark, SheetSpec } from "../SheetSpec";
import { sheetNameFor } from "../sheetNameFor";
import { addFormCodeRow, addTitleRows, finishSheet } from "./finishSheet";
import { BODY_PT, MONTH_HEADER_PT, officialStyles, type OfficialStyleKey } from "./officialStyles";
import { planTitleLines } from "./planTitleLines";
import { properNames } from "./properNames";
import { drawScheduleArrow } from "./scheduleArrow";
import { hasSatang } from "./hasSatang";
import { rowHeightForLines, SheetBuilder } from "./SheetBuilder";

/** One listed item of ผด.02 or ผด.02/1. */
export interface ScheduleItem {
  readonly name: string;
  readonly detail: string;
  readonly budget: Satang;
  readonly location: string;
  readonly unit: string;
  readonly months: MonthMask;
}

export interface ScheduleGroup {
  readonly heading: string;
  readonly subgroups: readonly { readonly heading: string; readonly items: readonly ScheduleItem[] }[];
}

export interface ScheduleSheetInput {
  readonly kind: Extract<OwnerMark["kind"], "pd02" | "pd021">;
  readonly formCode: string;
  readonly title: string;
  /** The six text headings before the months. */
  readonly headings: readonly string[];
  readonly groups: readonly ScheduleGroup[];
}

/** The budget column is wide enough for the bold heading word "งบประมาณ", which must not split. */
const TEXT_WIDTHS = [28, 150, 157, 79, 95, 100];
const MONTH_WIDTH = 27;
const MONTH_COLUMN = TEXT_WIDTHS.length;
const COLUMN_COUNT = MONTH_COLUMN + FISCAL_MONTHS.length;

/** Bar cell styles: a run's inner borders are left out so consecutive filled months read as one bar. */
function monthStyle(months: MonthMask, month: number): OfficialStyleKey {
  const run = activeRuns(months).find(([first, last]) => month >= first && month <= last);
  if (!run) return "month";
  const [first, last] = run;
  if (first === last) return "barSingle";
  if (month === first) return "barStart";
  return month === last ? "barEnd" : "barMid";
}

/**
 * The table shared by ผด.02 and ผด.02/1: two-row header with B.E. years over the months,
 * group and sub-group heading rows, numbering restarting in each sub-group, schedule bars.
 */
export function layoutScheduleSheet(
  plan: Plan,
  input: ScheduleSheetInput,
  options: ResolvedLayoutOptions,
): SheetSpec {
  const b = new SheetBuilder(
    [...TEXT_WIDTHS, ...FISCAL_MONTHS.map(() => MONTH_WIDTH)],
    options.thaiDigits,
    properNames(plan),
  );
  addFormCodeRow(b, input.formCode);
  addTitleRows(b, planTitleLines(input.title, plan, options.edition, options.editionLabel));

  const fy = plan.settings.fiscalYear;
  const monthRowHeight = rowHeightForLines(1, MONTH_HEADER_PT);
  const headings = input.headings.map((h, i) => b.wrapped(h, i, 1, BODY_PT, true));
  const headingLines = Math.max(...headings.map((h) => h.lines));
  const top = b.addRow(
    Math.max(rowHeightForLines(1, BODY_PT), rowHeightForLines(headingLines, BODY_PT) - monthRowHeight),
    [
      ...headings.map((h): CellSpec => ({ value: h.text, style: "header" })),
      ...FISCAL_MONTHS.map((_, m): CellSpec => ({
        value: m === 0 || m === 3 ? `พ.ศ. ${calendarYearOfFiscalMonth(fy, m)}` : null,
        style: "yearHeader",
      })),
    ],
  );
  input.headings.forEach((_, i) => b.merge(top, i, 2, 1));
  b.merge(top, MONTH_COLUMN, 1, 3);
  b.merge(top, MONTH_COLUMN + 3, 1, 9);
  const monthsRow = b.addRow(monthRowHeight, [
    ...input.headings.map((): CellSpec => ({ value: null, style: "header" })),
    ...FISCAL_MONTHS.map((m): CellSpec => ({ value: m, style: "monthHeader" })),
  ]);

  const headingRows = new Set<number>();
  const arrows = options.schedule === "arrow";
  const items = input.groups.flatMap((g) => g.subgroups.flatMap((sub) => sub.items));
  const baht = hasSatang(items.map((item) => item.budget)) ? "bahtSatang" : "baht";
  // A heading too long for one row continues on the next; none of its rows may end a page.
  const headingRow = (text: string, style: OfficialStyleKey): void => {
    for (const row of b.addBlock([{ wrap: text, style, span: COLUMN_COUNT, bold: true }], BODY_PT))
      headingRows.add(row);
  };
  for (const group of input.groups) {
    headingRow(group.heading, "strategyHeading");
    for (const sub of group.subgroups) {
      headingRow(sub.heading, "workPlanHeading");
      // A long text continues on the next rows of the same item (SheetBuilder.addBlock).
      sub.items.forEach((item, index) => {
        const rows = b.addBlock(
          [
            { value: index + 1, style: "seq" },
            { wrap: item.name, style: "text" },
            { wrap: item.detail, style: "text" },
            { value: item.budget / 100, style: baht },
            { wrap: item.location, style: "text" },
            { wrap: item.unit, style: "text" },
            ...FISCAL_MONTHS.map((_, m): CellSpec => ({
              value: null,
              style: arrows ? "sched" : monthStyle(item.months, m),
            })),
          ],
          BODY_PT,
        );
        if (arrows)
          for (const row of drawScheduleArrow(b, rows, item.months, MONTH_COLUMN, BODY_PT))
            headingRows.add(row);
      });
    }
  }
  if (input.groups.length === 0) {
    const row = b.addRow(rowHeightForLines(1, BODY_PT), [{ value: "ไม่มีรายการ", style: "textCenter" }]);
    b.merge(row, 0, 1, COLUMN_COUNT);
  }

  return finishSheet(b, {
    name: sheetNameFor(input.kind, options.edition),
    owner: { kind: input.kind, edition: options.edition ?? CONSOLIDATED_EDITION },
    font: options.font,
    styles: officialStyles(options.font, options.thaiDigits),
    orientation: "landscape",
    pageNumbers: true,
    formCode: input.formCode,
    headerRows: { first: top, last: monthsRow },
    headingRows,
    thaiDigits: options.thaiDigits,
  });
}
