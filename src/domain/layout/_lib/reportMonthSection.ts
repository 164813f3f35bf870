import type { FollowUpReport } from "../../followUp/FollowUpReport";
import { fiscalMonthOf } from "../../followUp/schedule";
import { calendarYearOfFiscalMonth, FISCAL_MONTHS } from "../../model/months";
import type { CellSpec } from "../SheetSpec";
import { cell, spanHeader, spanRow, type ReportRows, type Style } from "./ReportRows";

const MONTH_SPANS = [1, 2, 2, 2, 2, 3, 1, 1, 1, 1] as const;

/** 3. Month by month: projects due to be completed and completed, money planned and disbursed, cumulated. */
export function monthSection(rows: ReportRows, report: FollowUpReport): void {
  const headings = [
    "เดือน",
    "ถึงกำหนด\nแล้วเสร็จ\nตามแผน",
    "ดำเนินการ\nแล้วเสร็จ",
    "ถึงกำหนด\nสะสม",
    "แล้วเสร็จ\nสะสม",
    "งบประมาณของโครงการ\nที่ถึงกำหนดตามแผน (บาท)",
    "งบประมาณ\nตามแผนสะสม\n(บาท)",
    "เบิกจ่าย\n(บาท)",
    "เบิกจ่าย\nสะสม\n(บาท)",
    "ร้อยละ\nเบิกจ่าย\nสะสม",
  ];
  rows.startSection("3. แผนและผลการดำเนินงานรายเดือน (จำนวนโครงการ และงบประมาณ)", () =>
    spanHeader(
      rows,
      headings.map((h, i) => [h, MONTH_SPANS[i] ?? 1] as const),
    ),
  );
  const fy = report.fiscalYear;
  const shownThrough = fiscalMonthOf(fy, report.asOf);
  let planned = 0;
  let completed = 0;
  let plannedBudget = 0;
  let disbursed = 0;
  for (const m of report.months) {
    planned += m.plannedProjects;
    completed += m.completedProjects;
    plannedBudget += m.plannedBudget;
    disbursed += m.disbursed;
    // What happened is shown up to the report's month; later months show the plan only.
    const shown = m.month <= shownThrough;
    const actual = (value: number, style: Style): CellSpec => cell(shown ? value : null, style);
    const values: CellSpec[] = [
      cell(`${FISCAL_MONTHS[m.month] ?? ""} ${calendarYearOfFiscalMonth(fy, m.month)}`, "textCenter"),
      cell(m.plannedProjects, "count"),
      actual(m.completedProjects, "count"),
      cell(planned, "count"),
      actual(completed, "count"),
      cell(m.plannedBudget / 100, "baht"),
      cell(plannedBudget / 100, "baht"),
      actual(m.disbursed / 100, "baht"),
      actual(disbursed / 100, "baht"),
      cell(
        shown && report.total.budget > 0 ? percentHalfUp(disbursed, report.total.budget) / 100 : null,
        "percent",
      ),
    ];
    // The twelve months are kept on one page with their total (headings cannot end a page).
    spanRow(
      rows,
      values.map((c, i) => [c, MONTH_SPANS[i] ?? 1] as const),
      true,
    );
  }
  const total = report.months.reduce(
    (sum, m) => ({
      planned: sum.planned + m.plannedProjects,
      completed: sum.completed + m.completedProjects,
      budget: sum.budget + m.plannedBudget,
      disbursed: sum.disbursed + m.disbursed,
    }),
    { planned: 0, completed: 0, budget: 0, disbursed: 0 },
  );
  spanRow(rows, [
    [cell("รวม", "totalLabel"), 1],
    [cell(total.planned, "totalCount"), 2],
    [cell(total.completed, "totalCount"), 2],
    [cell(null, "totalCount"), 2],
    [cell(null, "totalCount"), 2],
    [cell(total.budget / 100, "totalBaht"), 3],
    [cell(null, "totalBaht"), 1],
    [cell(total.disbursed / 100, "totalBaht"), 1],
    [cell(null, "totalBaht"), 1],
    [
      cell(
        report.total.budget > 0 ? percentHalfUp(total.disbursed, report.total.budget) / 100 : null,
        "totalPercent",
      ),
      1,
    ],
  ]);
  rows.body([
    {
      wrap:
        "หมายเหตุ: โครงการที่ถึงกำหนดแล้วเสร็จ คือโครงการที่เดือนสุดท้ายตามแผนอยู่ในเดือนนั้น; " +
        "การเบิกจ่ายของโครงการที่แล้วเสร็จนับในเดือนที่แล้วเสร็จ ของโครงการอื่นนับในเดือนที่รายงาน " +
        "เพราะยอดเบิกจ่ายไม่มีวันที่",
      style: "note",
      span: rows.columns,
    },
  ]);
}

/** Hundredths of a percent, half up (shares of the total budget in the monthly table). */
function percentHalfUp(part: number, whole: number): number {
  return Number((BigInt(part) * BigInt(20000) + BigInt(whole)) / (BigInt(2) * BigInt(whole)));
}
