import { EQUIPMENT_TABLE, FOLLOW_UP_HEADERS, PROJECTS_TABLE } from "../domain/template/templateSpec";
import { formatThaiShortDate } from "../domain/text/formatThaiDate";
import followUp from "./sample-follow-up-2570.json";
import sample from "./sample-plan-2570.json";
import { gregorianOfSampleDate, sampleTemplateRows, type SampleCell } from "./samplePlan";

/** One row's follow-up in the fixture (B.E. ISO dates, baht). */
export interface SampleFollowUp {
  readonly status?: string;
  readonly contractDate?: string;
  readonly contractAmount?: number;
  readonly disbursed?: number;
  readonly completionDate?: string;
  readonly problems?: string;
}

/** The recorded follow-up of a project (by its no) or equipment item (by its no, "E1" …); none: {}. */
export function sampleFollowUpOf(kind: "projects" | "equipment", no: string): SampleFollowUp {
  const rows: Readonly<Record<string, SampleFollowUp>> = followUp[kind];
  return rows[no] ?? {};
}

/** The day the fixture's follow-up was recorded (Gregorian ISO): after the 6-month round. */
export const SAMPLE_FOLLOW_UP_RECORDED_ON = gregorianOfSampleDate(followUp.recordedOn);

const thaiDate = (beIso: string | undefined): string | null =>
  beIso === undefined ? null : formatThaiShortDate(gregorianOfSampleDate(beIso));

/** A row's follow-up cells by header, as staff type them (dates as "10 ม.ค. 2570"). */
function followUpCells(values: SampleFollowUp): Record<string, SampleCell> {
  return {
    [FOLLOW_UP_HEADERS.status]: values.status ?? null,
    [FOLLOW_UP_HEADERS.contractDate]: thaiDate(values.contractDate),
    [FOLLOW_UP_HEADERS.contractAmount]: values.contractAmount ?? null,
    [FOLLOW_UP_HEADERS.disbursed]: values.disbursed ?? null,
    [FOLLOW_UP_HEADERS.completionDate]: thaiDate(values.completionDate),
    [FOLLOW_UP_HEADERS.problems]: values.problems ?? null,
  };
}

/** `rows` (template column order) with each row's follow-up cells written in. */
function withCells(
  columns: readonly { readonly header: string }[],
  rows: readonly SampleCell[][],
  cellsOf: (index: number) => Record<string, SampleCell>,
): SampleCell[][] {
  return rows.map((row, i) => {
    const cells = cellsOf(i);
    return columns.map((c, j) => (c.header in cells ? (cells[c.header] ?? null) : (row[j] ?? null)));
  });
}

/**
 * The sample plan's template rows with its follow-up as recorded on 5 เม.ย. 2570 in the optional
 * columns of Projects and Equipment (the other tables as sampleTemplateRows has them).
 */
export function sampleTemplateRowsWithFollowUp(): Record<string, SampleCell[][]> {
  const rows = sampleTemplateRows();
  return {
    ...rows,
    [PROJECTS_TABLE.table]: withCells(PROJECTS_TABLE.columns, rows[PROJECTS_TABLE.table] ?? [], (i) =>
      followUpCells(sampleFollowUpOf("projects", String(sample.projects[i]?.no ?? ""))),
    ),
    [EQUIPMENT_TABLE.table]: withCells(EQUIPMENT_TABLE.columns, rows[EQUIPMENT_TABLE.table] ?? [], (i) =>
      followUpCells(sampleFollowUpOf("equipment", sample.equipment[i]?.no ?? "")),
    ),
  };
}
