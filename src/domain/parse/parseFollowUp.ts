import { FOLLOW_UP_STATUSES, type FollowUpStatus } from "../catalog/followUpStatuses";
import type { NamedEntry } from "../catalog/matchCatalogName";
import { cellText } from "../grid/cellText";
import { isBlank } from "../grid/CellValue";
import { NOT_STARTED, type FollowUp } from "../model/followUp";
import type { ParsedFollowUp } from "./ParsedWorkbook";
import { memoByCell } from "./memoByCell";
import { parseDateCell } from "./parseDateCell";
import { parseMoneyCell } from "./parseMoneyCell";
import { BLANK, valueOf, type Reading } from "./Reading";
import { readCatalogCell } from "./readFields";
import { cellAt, type TableRow } from "./readTableRows";

/** How staff write each status when they do not pick it from the list (compared by matchKey). */
const STATUS_ALIASES: Readonly<Record<FollowUpStatus, readonly string[]>> = {
  ยังไม่ดำเนินการ: ["ยังไม่ได้ดำเนินการ", "ยังไม่เริ่ม", "ยังไม่ได้เริ่ม", "รอดำเนินการ"],
  อยู่ระหว่างดำเนินการ: ["ระหว่างดำเนินการ", "กำลังดำเนินการ", "อยู่ระหว่างการดำเนินการ", "ดำเนินการอยู่"],
  ดำเนินการแล้วเสร็จ: [
    "แล้วเสร็จ",
    "เสร็จ",
    "เสร็จแล้ว",
    "เสร็จสิ้น",
    "ดำเนินการเสร็จแล้ว",
    "ดำเนินการเสร็จสิ้น",
    "ดำเนินการแล้ว",
  ],
  ยกเลิก: ["ยกเลิกโครงการ", "ยกเลิกแล้ว"],
  ไม่สามารถดำเนินการได้: ["ดำเนินการไม่ได้", "ไม่สามารถดำเนินการ"],
};

export const STATUS_ENTRIES: readonly NamedEntry[] = FOLLOW_UP_STATUSES.map((name) => ({
  name,
  aliases: STATUS_ALIASES[name],
}));

const FOLLOW_UP_CELLS = [
  "status",
  "contractDate",
  "contractAmount",
  "disbursed",
  "completionDate",
  "problems",
] as const;

/** The follow-up of a row none of whose follow-up cells is filled: shared by all such rows. */
export const BLANK_FOLLOW_UP: ParsedFollowUp = Object.freeze({
  status: BLANK,
  contractDate: BLANK,
  contractAmount: BLANK,
  disbursed: BLANK,
  completionDate: BLANK,
  problems: "",
});

/**
 * A reader of the follow-up cells of one table's rows (memoised per table, as the other fields):
 * the status from the list (or a known variant), money as tolerantly as budgets, dates as the
 * edition dates. Rows without any follow-up value share BLANK_FOLLOW_UP.
 */
export function followUpReader(): (row: TableRow) => ParsedFollowUp {
  const status = memoByCell((value) => readCatalogCell(value, STATUS_ENTRIES) as Reading<FollowUpStatus>);
  const money = memoByCell(parseMoneyCell);
  const date = memoByCell(parseDateCell);
  return (row) => {
    if (allBlank(row)) return BLANK_FOLLOW_UP;
    return {
      status: status(cellAt(row, "status")),
      contractDate: date(cellAt(row, "contractDate")),
      contractAmount: money(cellAt(row, "contractAmount")),
      disbursed: money(cellAt(row, "disbursed")),
      completionDate: date(cellAt(row, "completionDate")),
      problems: cellText(cellAt(row, "problems")),
    };
  };
}

// A loop, not `every` with a closure: this runs on every row of tables of 50,000 rows.
function allBlank(row: TableRow): boolean {
  for (const field of FOLLOW_UP_CELLS) if (!isBlank(cellAt(row, field))) return false;
  return true;
}

/**
 * The plan's follow-up of a row (undefined when it has none: see followUpOf): what could be read, a blank or unreadable status counting as not
 * started, an unreadable or negative amount and an unreadable date as not recorded (rules warn).
 */
export function followUpOfParsed(parsed: ParsedFollowUp): FollowUp | undefined {
  // None at all: the row holds `undefined` (read as NO_FOLLOW_UP), as rows built in code do.
  if (parsed === BLANK_FOLLOW_UP) return undefined;
  const amount = (reading: Reading<number>): number | null => {
    const value = valueOf(reading);
    return value === undefined || value < 0 ? null : value;
  };
  return {
    status: valueOf(parsed.status) ?? NOT_STARTED,
    contractDate: valueOf(parsed.contractDate) ?? null,
    contractAmount: amount(parsed.contractAmount),
    disbursed: amount(parsed.disbursed),
    completionDate: valueOf(parsed.completionDate) ?? null,
    problems: parsed.problems,
  };
}
