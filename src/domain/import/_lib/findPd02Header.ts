import type { CellValue } from "../../grid/CellValue";
import type { SheetCells } from "../SheetCells";
import type { MergeLookup } from "./mergeLookup";
import { monthOfHeader, yearOfHeader } from "./monthOfHeader";
import { compactText } from "./thaiText";

export type ColumnRole = "seq" | "name" | "detail" | "budget" | "location" | "unit" | "note" | "procurement";

export interface Pd02Header {
  /** 0-based sheet rows of the header block (labels, the พ.ศ. row and the month row). */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly columns: Partial<Record<ColumnRole, number>>;
  /** Column of each fiscal month (index 0 = ต.ค.), null when the sheet has no such column. */
  readonly months: readonly (number | null)[];
  /** Fiscal year implied by the years written over (or with) the months; null when none is written. */
  readonly fiscalYear: number | null;
}

/** Which column a header label names; labels vary by edition of the form and by hand, so match loosely. */
export function roleOfLabel(value: CellValue | undefined): ColumnRole | null {
  const label = compactText(value);
  if (label === "") return null;
  if (/^(ที่|ลำดับ|ลำดับที่)$/u.test(label)) return "seq";
  if (label.includes("วิธีดำเนินการ") || label.includes("วิธีจัดหา") || label.includes("วิธีการจัดหา"))
    return "procurement";
  if (/^(ชื่อ)?โครงการ/u.test(label) || label.startsWith("แผนงาน/โครงการ")) return "name";
  if (label.startsWith("รายละเอียด")) return "detail";
  if (label.startsWith("งบประมาณ") || label.startsWith("จำนวนเงิน")) return "budget";
  if (label.startsWith("สถานที่")) return "location";
  if (/^(หน่วยงาน|หน่วยดำเนินการ|ผู้รับผิดชอบ)/u.test(label)) return "unit";
  if (label.startsWith("หมายเหตุ")) return "note";
  return null;
}

function rolesOfRow(cells: SheetCells, row: number): Map<ColumnRole, number> {
  const roles = new Map<ColumnRole, number>();
  (cells.values[row] ?? []).forEach((value, column) => {
    const role = roleOfLabel(value);
    if (role && !roles.has(role)) roles.set(role, column);
  });
  return roles;
}

/** A row of column labels: the budget column plus a number or project column, three labels at least. */
export function isLabelRow(cells: SheetCells, row: number): boolean {
  const roles = rolesOfRow(cells, row);
  return roles.size >= 3 && roles.has("budget") && (roles.has("seq") || roles.has("name"));
}

function monthsOfRow(cells: SheetCells, row: number): Map<number, number> {
  const months = new Map<number, number>();
  (cells.values[row] ?? []).forEach((value, column) => {
    const month = monthOfHeader(value);
    if (month && !months.has(month.month)) months.set(month.month, column);
  });
  return months;
}

function fiscalYearOf(
  cells: SheetCells,
  lookup: MergeLookup,
  firstRow: number,
  monthRow: number,
  months: Map<number, number>,
): number | null {
  for (const [month, column] of months) {
    const written = monthOfHeader(cells.values[monthRow]?.[column])?.year ?? null;
    let year = written;
    for (let r = monthRow - 1; year === null && r >= Math.max(0, firstRow - 1); r--)
      year = yearOfHeader(lookup.value(r, column));
    // ต.ค.–ธ.ค. belong to the previous B.E. year, so the fiscal year is one more.
    if (year !== null) return month < 3 ? year + 1 : year;
  }
  return null;
}

/** Finds the ผด.02 header by its labels (not its position), with its month row just below or beside it. */
export function findPd02Header(cells: SheetCells, lookup: MergeLookup): Pd02Header | null {
  const labelRow = cells.values.findIndex((_, row) => isLabelRow(cells, row));
  if (labelRow < 0) return null;
  const roles = rolesOfRow(cells, labelRow);
  for (const [role, column] of rolesOfRow(cells, labelRow + 1)) if (!roles.has(role)) roles.set(role, column);
  let monthRow = labelRow;
  let months = new Map<number, number>();
  for (let r = Math.max(0, labelRow - 1); r <= labelRow + 2; r++) {
    const found = monthsOfRow(cells, r);
    if (found.size > months.size) [monthRow, months] = [r, found];
  }
  return {
    firstRow: Math.min(labelRow, monthRow),
    lastRow: Math.max(labelRow, months.size > 0 ? monthRow : labelRow),
    columns: Object.fromEntries(roles),
    months: Array.from({ length: 12 }, (_, m) => months.get(m) ?? null),
    fiscalYear: fiscalYearOf(cells, lookup, labelRow, monthRow, months),
  };
}

/** Repeated page headers: a label row, or a row holding only month names and พ.ศ. years. */
export function isHeaderLikeRow(cells: SheetCells, row: number): boolean {
  if (isLabelRow(cells, row)) return true;
  const texts = (cells.values[row] ?? []).filter((v) => compactText(v) !== "");
  return (
    texts.length > 0 &&
    texts.every(
      (v) =>
        monthOfHeader(v) !== null ||
        /^(พศ|ปี)?25\d\d$/u.test(compactText(v)) ||
        /^ระยะเวลา/u.test(compactText(v)),
    )
  );
}
