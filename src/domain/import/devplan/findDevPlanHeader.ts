import { arabicCellText } from "../../grid/cellText";
import type { CellValue } from "../../grid/CellValue";
import type { SheetCells } from "../SheetCells";
import { monthOfHeader } from "../_lib/monthOfHeader";
import { compactText } from "../_lib/thaiText";

/** The columns of a ผ.02 the importer reads (the objective, target, KPI and result columns it does not). */
export type DevPlanColumnRole = "seq" | "name" | "budget" | "unit" | "page";

export interface DevPlanHeader {
  /** 0-based sheet rows of the header block (labels and the row of years). */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly columns: Partial<Record<DevPlanColumnRole, number>>;
  /** The budget's year columns: B.E. year → column (a five-year plan has five). */
  readonly years: ReadonlyMap<number, number>;
  /** How many month headings (ต.ค. … ก.ย.) the header has: an operational plan's ผด.02 has twelve. */
  readonly months: number;
}

/** Which column a ผ.02 label names; labels vary by edition of the form and by hand, so match loosely. */
function roleOfLabel(value: CellValue | undefined): DevPlanColumnRole | null {
  const label = compactText(value);
  if (label === "") return null;
  if (/^(ที่|ลำดับ|ลำดับที่|ข้อ)$/u.test(label)) return "seq";
  if (/^หน้า(ที่)?$/u.test(label)) return "page";
  if (/^(ชื่อ)?โครงการ/u.test(label) || label.startsWith("แผนงาน/โครงการ")) return "name";
  if (label.startsWith("งบประมาณ")) return "budget";
  if (/^(หน่วยงาน|หน่วยดำเนินการ|ผู้รับผิดชอบ)/u.test(label)) return "unit";
  return null;
}

/** A budget year heading: "2566", "๒๕๖๖", "พ.ศ. 2566", "ปี 2566", "2566 (บาท)", "งบประมาณ 2566". */
export function yearOfBudgetHeading(value: CellValue | undefined): number | null {
  const match = /^(?:งบประมาณ)?(?:พศ|ปีงบประมาณ|ปี)?(25\d\d)(?:\(บาท\)|บาท)?$/u.exec(compactText(value));
  return match?.[1] ? Number(match[1]) : null;
}

function rolesOfRow(cells: SheetCells, row: number): Map<DevPlanColumnRole, number> {
  const roles = new Map<DevPlanColumnRole, number>();
  (cells.values[row] ?? []).forEach((value, column) => {
    const role = roleOfLabel(value);
    if (role && !roles.has(role)) roles.set(role, column);
  });
  return roles;
}

function yearsOfRow(cells: SheetCells, row: number): Map<number, number> {
  const years = new Map<number, number>();
  (cells.values[row] ?? []).forEach((value, column) => {
    const year = yearOfBudgetHeading(value);
    if (year !== null && !years.has(year)) years.set(year, column);
  });
  return years;
}

/** A row of ผ.02 column labels: a project column and a budget column, with a number column. */
export function isDevPlanLabelRow(cells: SheetCells, row: number): boolean {
  const roles = rolesOfRow(cells, row);
  return roles.has("name") && roles.has("budget") && roles.has("seq");
}

/** A repeated page header: a label row, or a row of only budget years, "(บาท)" and the like. */
export function isDevPlanHeaderLikeRow(cells: SheetCells, row: number): boolean {
  if (isDevPlanLabelRow(cells, row)) return true;
  const texts = (cells.values[row] ?? []).filter((v) => compactText(v) !== "");
  return (
    texts.length >= 2 &&
    texts.every((v) => yearOfBudgetHeading(v) !== null || /^\(?บาท\)?$/u.test(compactText(v)))
  );
}

/**
 * Finds the ผ.02 header by its labels (ที่ | โครงการ | … | งบประมาณ), with the budget's year columns in
 * the label row or the two rows below it; null when the sheet has no such header.
 */
export function findDevPlanHeader(cells: SheetCells): DevPlanHeader | null {
  const labelRow = cells.values.findIndex((_, row) => isDevPlanLabelRow(cells, row));
  if (labelRow < 0) return null;
  const roles = rolesOfRow(cells, labelRow);
  let yearRow = labelRow;
  let years = new Map<number, number>();
  for (let r = labelRow; r <= labelRow + 2; r++) {
    const found = yearsOfRow(cells, r);
    if (found.size > years.size) [yearRow, years] = [r, found];
  }
  for (let r = labelRow + 1; r <= yearRow; r++)
    for (const [role, column] of rolesOfRow(cells, r)) if (!roles.has(role)) roles.set(role, column);
  let months = 0;
  for (let r = labelRow; r <= labelRow + 2; r++)
    months = Math.max(months, (cells.values[r] ?? []).filter((v) => monthOfHeader(v) !== null).length);
  return {
    firstRow: labelRow,
    lastRow: Math.max(labelRow, yearRow),
    columns: Object.fromEntries(roles),
    years,
    months,
  };
}

/** The texts of a row, in Arabic digits, blanks left out. */
export function rowTexts(values: readonly CellValue[]): string[] {
  return values.map(arabicCellText).filter((t) => t !== "");
}
