import { cellText } from "../grid/cellText";
import {
  FOLLOW_UP_REPORT_DATE_FIELDS,
  type FollowUpReportRecord,
  type FollowUpRound,
} from "../model/followUpReport";
import { matchKey } from "../text/matchKey";
import { foldText } from "../text/foldText";
import type { LocatedTable } from "./locateTables";
import type { ParsedFollowUpReportRow, ParsedWorkbook } from "./ParsedWorkbook";
import { parseDateCell } from "./parseDateCell";
import { BLANK, unknownValueReading, valueOf, type Reading } from "./Reading";
import { cellAt, readTableRows } from "./readTableRows";
import { FOLLOW_UP_REPORT_FIELDS } from "./tableFields";
import type { CellValue } from "../grid/CellValue";
import { isBlank } from "../grid/CellValue";

/** Reads the optional FollowUpReports rows: the round and its dates. */
export function parseFollowUpReports(table: LocatedTable): ParsedFollowUpReportRow[] {
  return readTableRows(table, FOLLOW_UP_REPORT_FIELDS).map((row) => ({
    ref: row.ref,
    round: readRoundCell(cellAt(row, "round")),
    dates: Object.fromEntries(
      FOLLOW_UP_REPORT_DATE_FIELDS.map((field) => [field, parseDateCell(cellAt(row, field))]),
    ) as ParsedFollowUpReportRow["dates"],
  }));
}

/**
 * The round of a row: `รอบ 6 เดือน` / `รอบ 12 เดือน` as the template writes them, or any text naming
 * 6 or 12 months, รอบเมษายน / รอบตุลาคม, or the yearly (ประจำปี, ธันวาคม) report.
 */
export function readRoundCell(value: CellValue): Reading<FollowUpRound> {
  const unknown = unknownValueReading(value);
  if (unknown) return unknown;
  if (isBlank(value)) return BLANK;
  const text = cellText(value);
  const key = matchKey(foldText(text));
  const digits = /\d+/u.exec(key)?.[0];
  if (digits === "6" || key.includes("เมษายน")) return { status: "ok", value: "6", text };
  if (digits === "12" || /ตุลาคม|ธันวาคม|ประจำปี|ทั้งปี/u.test(key)) return { status: "ok", value: "12", text };
  return { status: "invalid", text };
}

/** The rounds recorded (the first row of each round with a date counts), for the plan; none: undefined. */
export function followUpReportsOf(parsed: ParsedWorkbook): FollowUpReportRecord[] | undefined {
  if (!parsed.followUpReports) return undefined;
  const records: FollowUpReportRecord[] = [];
  for (const row of parsed.followUpReports) {
    const round = valueOf(row.round);
    if (round === undefined || records.some((r) => r.round === round)) continue;
    const date = (field: (typeof FOLLOW_UP_REPORT_DATE_FIELDS)[number]): string | null =>
      valueOf(row.dates[field]) ?? null;
    const record = {
      round,
      presentedDate: date("presentedDate"),
      announcementDate: date("announcementDate"),
      postingStart: date("postingStart"),
      postingEnd: date("postingEnd"),
      source: row.ref,
    };
    // The template writes each round's key: a round with no date recorded says nothing yet.
    if (FOLLOW_UP_REPORT_DATE_FIELDS.some((field) => record[field] !== null)) records.push(record);
  }
  return records.length > 0 ? records : undefined;
}
