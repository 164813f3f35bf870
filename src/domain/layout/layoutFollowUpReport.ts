import type { FollowUpStatus } from "../catalog/followUpStatuses";
import type { FollowUpReport, ProgressTally } from "../followUp/FollowUpReport";
import { ROUND_LAST_MONTH } from "../followUp/reportRounds";
import type { FollowUpRound } from "../model/followUpReport";
import { FUNDING_SOURCES } from "../model/fundingSources";
import { calendarYearOfFiscalMonth } from "../model/months";
import type { Plan } from "../model/plan";
import { formatThaiDate } from "../text/formatThaiDate";
import { THAI_MONTH_NAMES } from "../text/thaiMonthNames";
import { finishSheet, LANDSCAPE_MARGINS } from "./_lib/finishSheet";
import { BODY_PT, MONTH_HEADER_PT } from "./_lib/officialStyles";
import { planTitleLines } from "./_lib/planTitleLines";
import { repeatSectionHeaders } from "./_lib/repeatSectionHeaders";
import { reportStyles } from "./_lib/reportStyles";
import { CELL_PADDING_PT, FIT_SAFETY, rowHeightForLines } from "./_lib/SheetBuilder";
import { estimateTextWidth } from "../text/estimateTextWidth";
import { formatBaht } from "../text/formatBaht";
import { digitsFor } from "../text/thaiDigits";
import { editionTitleSuffix } from "./editionTitleSuffix";
import type { ResolvedLayoutOptions } from "./LayoutOptions";
import { reportSheetName, reportOwner } from "./reportSheetName";
import type { CellSpec, SheetSpec } from "./SheetSpec";
import { cell, ReportRows, spanHeader, spanRow, type Style } from "./_lib/ReportRows";
import { monthSection } from "./_lib/reportMonthSection";

/** Statuses in the order a report reads them: what is done first. */
export const REPORT_STATUS_ORDER: readonly FollowUpStatus[] = [
  "ดำเนินการแล้วเสร็จ",
  "อยู่ระหว่างดำเนินการ",
  "ยังไม่ดำเนินการ",
  "ยกเลิก",
  "ไม่สามารถดำเนินการได้",
];
const STATUS_HEADINGS: Readonly<Record<FollowUpStatus, string>> = {
  ดำเนินการแล้วเสร็จ: "ดำเนินการ\nแล้วเสร็จ",
  อยู่ระหว่างดำเนินการ: "อยู่ระหว่าง\nดำเนินการ",
  ยังไม่ดำเนินการ: "ยังไม่\nดำเนินการ",
  ยกเลิก: "ยกเลิก",
  ไม่สามารถดำเนินการได้: "ไม่สามารถ\nดำเนินการได้",
};

/**
 * One grid for the whole sheet: the name, projects planned, a count and a share per status, budget,
 * contract, disbursed and its share. The monthly and problem tables span these columns.
 */
const COUNT_WIDTH = 38;
const PERCENT_WIDTH = 50;
/** The amounts' columns are at least this wide, and as wide as the largest amount needs (bold). */
const MIN_MONEY_WIDTH = 86;
const COLUMNS = 16;

/** The grid's widths: the amount columns fitted to the largest amount as it prints. */
function gridWidths(report: FollowUpReport, satang: boolean, thaiDigits: boolean): number[] {
  const largest = Math.max(
    report.total.budget,
    report.total.contracted,
    report.total.disbursed,
    report.equipment.budget,
  );
  const text = satang ? formatBaht(largest) : formatBaht(largest).replace(/\.\d\d$/u, "");
  const money = Math.max(
    MIN_MONEY_WIDTH,
    Math.ceil(
      estimateTextWidth(digitsFor(text, thaiDigits), BODY_PT, true) * FIT_SAFETY + CELL_PADDING_PT + 4,
    ),
  );
  const statuses = REPORT_STATUS_ORDER.flatMap(() => [COUNT_WIDTH, PERCENT_WIDTH]);
  return [170, 64, ...statuses, money, money, money, 60];
}
const FIRST_STATUS = 2;
const BUDGET = 12;

/** A tally's figures, columns 1–15. */
function figures(t: ProgressTally, bold: boolean): CellSpec[] {
  const count: Style = bold ? "totalCount" : "count";
  const percent: Style = bold ? "totalPercent" : "percent";
  const baht: Style = bold ? "totalBaht" : "baht";
  return [
    cell(t.projects, count),
    ...REPORT_STATUS_ORDER.flatMap((status) => [
      cell(t.byStatus[status], count),
      cell(t.projects > 0 ? t.statusPercent[status] / 100 : null, percent),
    ]),
    cell(t.budget / 100, baht),
    cell(t.contracted / 100, baht),
    cell(t.disbursed / 100, baht),
    cell(t.disbursedPercent === null ? null : t.disbursedPercent / 100, percent),
  ];
}

/** "ตุลาคม 2569 – มีนาคม 2570": the months a round covers. */
function roundSpan(fiscalYear: number, lastMonth: number): string {
  const name = (month: number): string =>
    `${THAI_MONTH_NAMES[(month + 9) % 12] ?? ""} ${calendarYearOfFiscalMonth(fiscalYear, month)}`;
  return `${name(0)} – ${name(lastMonth)}`;
}

/** Title lines: the report and its round, the plan (and edition), the organisation, the date. */
function titleLines(plan: Plan, report: FollowUpReport, round: FollowUpRound): string[] {
  const fy = report.fiscalYear;
  const [, , organisation = ""] = planTitleLines("", plan, report.edition);
  const editions =
    report.edition === null
      ? plan.editions.length > 1
        ? " (รวมทุกฉบับ)"
        : ""
      : editionTitleSuffix(report.edition);
  return [
    `รายงานผลการดำเนินงานตามแผนการดำเนินงาน รอบ ${round} เดือน (${roundSpan(fy, ROUND_LAST_MONTH[round])})`,
    `แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ${fy}${editions}`,
    organisation,
    `ข้อมูล ณ วันที่ ${formatThaiDate(report.asOf, { thaiDigits: false }).text}`,
  ];
}

/** The two header rows of the figures tables (by strategy, by funding source). */
function figuresHeader(rows: ReportRows, first: string): void {
  const { b } = rows;
  const top: (string | null)[] = [
    first,
    "โครงการ\nตามแผน",
    ...REPORT_STATUS_ORDER.flatMap((s) => [STATUS_HEADINGS[s], null]),
    "งบประมาณ\n(บาท)",
    "จำนวนเงิน\nตามสัญญา\n(บาท)",
    "เบิกจ่ายแล้ว\n(บาท)",
    "ร้อยละ\nเบิกจ่าย",
  ];
  const wrapped = top.map((text, i) =>
    text === null ? null : b.wrapped(text, i, i >= FIRST_STATUS && i < BUDGET ? 2 : 1, BODY_PT, true),
  );
  const subHeight = rowHeightForLines(1, MONTH_HEADER_PT);
  // Status headings sit over their จำนวน/ร้อยละ row; the other headings span both rows.
  const isStatus = (i: number): boolean => i >= FIRST_STATUS && i < BUDGET;
  const linesOf = (status: boolean): number =>
    Math.max(1, ...wrapped.flatMap((w, i) => (w && isStatus(i) === status ? [w.lines] : [])));
  const first_ = b.addRow(
    Math.max(
      rowHeightForLines(linesOf(true), BODY_PT),
      rowHeightForLines(linesOf(false), BODY_PT) - subHeight,
    ),
    wrapped.map((w) => cell(w?.text ?? null, "header")),
  );
  const second = b.addRow(
    subHeight,
    b.columnWidthsPt.map((_, i) =>
      i >= FIRST_STATUS && i < BUDGET
        ? cell((i - FIRST_STATUS) % 2 === 0 ? "จำนวน" : "ร้อยละ", "monthHeader")
        : cell(null, "header"),
    ),
  );
  for (let i = 0; i < COLUMNS; i++) {
    if (i >= FIRST_STATUS && i < BUDGET) {
      if ((i - FIRST_STATUS) % 2 === 0) b.merge(first_, i, 1, 2);
    } else b.merge(first_, i, 2, 1);
  }
  void second;
}

const PROBLEM_SPANS = [2, 3, 3, 8] as const;

/**
 * The 6- or 12-month follow-up report (รายงานผลการดำเนินงาน) on A4 landscape: 1. by strategy and work
 * plan (equipment on its own line), 2. by funding source, 3. the plan's schedule against completions
 * and money month by month, 4. the problems recorded. Each table repeats its header on every page it
 * continues on; numbers stay numbers (counts, shares to 2 decimals, baht).
 */
export function layoutFollowUpReport(
  plan: Plan,
  report: FollowUpReport,
  round: FollowUpRound,
  options: ResolvedLayoutOptions,
): SheetSpec {
  const satang = hasSatang(report);
  const rows = new ReportRows(plan, gridWidths(report, satang, options.thaiDigits), options.thaiDigits);
  rows.prelude(titleLines(plan, report, round));

  rows.startSection("1. ผลการดำเนินงานจำแนกตามยุทธศาสตร์และแผนงาน", () =>
    figuresHeader(rows, "ยุทธศาสตร์ / แผนงาน"),
  );
  for (const s of report.strategies) {
    rows.body(
      [{ wrap: `${s.number}. ${s.name}`.trim(), style: "strategyHeading", bold: true }, ...figures(s, true)],
      true,
    );
    s.workPlans.forEach((w, j) =>
      rows.body([{ wrap: `${s.number}.${j + 1} ${w.name}`, style: "text" }, ...figures(w, false)]),
    );
  }
  if (report.strategies.length === 0) spanRow(rows, [[cell("ไม่มีรายการ", "textCenter"), COLUMNS]]);
  rows.body([cell("รวมทั้งสิ้น", "totalLabel"), ...figures(report.total, true)], false, true);
  if (report.equipment.projects > 0)
    rows.body([{ wrap: "ครุภัณฑ์ (แบบ ผด.02/1)", style: "text" }, ...figures(report.equipment, false)]);

  rows.startSection("2. ผลการดำเนินงานจำแนกตามแหล่งงบประมาณ", () => figuresHeader(rows, "แหล่งงบประมาณ"));
  for (const f of report.fundingSources)
    rows.body([{ wrap: FUNDING_SOURCES[f.source], style: "text" }, ...figures(f, false)]);
  if (report.fundingSources.length === 0) spanRow(rows, [[cell("ไม่มีรายการ", "textCenter"), COLUMNS]]);
  rows.body([cell("รวมทั้งสิ้น", "totalLabel"), ...figures(report.total, true)], false, true);

  monthSection(rows, report);
  problemSection(rows, report);

  const { builder, headingRows } = repeatSectionHeaders(rows.b, rows.tags, {
    orientation: "landscape",
    margins: LANDSCAPE_MARGINS,
  });
  const kind = round === "6" ? "report6" : "report12";
  return finishSheet(builder, {
    name: reportSheetName(kind, report.edition),
    owner: reportOwner(kind, report.edition),
    font: options.font,
    styles: reportStyles(options.font, options.thaiDigits, satang),
    orientation: "landscape",
    pageNumbers: true,
    headingRows,
    thaiDigits: options.thaiDigits,
  });
}

/** 4. The problems recorded, one row per project or equipment item. */
function problemSection(rows: ReportRows, report: FollowUpReport): void {
  rows.startSection("4. ปัญหาและอุปสรรคในการดำเนินงาน", () =>
    spanHeader(rows, [
      ["โครงการ / ครุภัณฑ์", 2],
      ["แผนงาน", 3],
      ["สถานะ", 3],
      ["ปัญหาและอุปสรรค", 8],
    ]),
  );
  for (const p of report.problems) {
    spanRow(rows, [
      [{ wrap: p.name, style: "text" }, PROBLEM_SPANS[0]],
      [{ wrap: p.workPlan, style: "text" }, PROBLEM_SPANS[1]],
      [{ wrap: p.status, style: "text" }, PROBLEM_SPANS[2]],
      [{ wrap: p.problems, style: "text" }, PROBLEM_SPANS[3]],
    ]);
  }
  if (report.problems.length === 0) spanRow(rows, [[cell("ไม่มีรายการ", "textCenter"), COLUMNS]]);
}

/** Whether any amount the sheet prints has satang: then every amount prints with two decimals. */
function hasSatang(report: FollowUpReport): boolean {
  const tallies = [report.total, report.equipment, ...report.fundingSources, ...report.strategies];
  const amounts = [
    ...tallies.flatMap((t) => [t.budget, t.contracted, t.disbursed]),
    ...report.strategies.flatMap((s) => s.workPlans.flatMap((w) => [w.budget, w.contracted, w.disbursed])),
    ...report.months.flatMap((m) => [m.plannedBudget, m.disbursed]),
  ];
  return amounts.some((amount) => amount % 100 !== 0);
}
