import { toA1 } from "../../grid/a1";
import type { SheetCells } from "../SheetCells";
import type { Pd02Header } from "./findPd02Header";
import type { RefusalReason } from "../RefusalReason";
import { arabicCellText } from "../../grid/cellText";

export interface Refusal {
  readonly reason: RefusalReason;
  readonly cell: string;
  readonly text: string;
}

/** Titles of other forms whose tables look like ผด.02; "ผด.2" is also the procurement report's code. */
const OTHER_FORMS: readonly { readonly pattern: RegExp; readonly reason: RefusalReason }[] = [
  { pattern: /แผนการจัดหาพัสดุ|จัดหาพัสดุ/u, reason: "procurement-title" },
  { pattern: /บัญชีจำนวนครุภัณฑ์|ครุภัณฑ์สำหรับที่ไม่ได้ดำเนินการ/u, reason: "equipment-form" },
];

/**
 * Why the sheet is not a ผด.02 to import, judged by its title rows (not its file or sheet name) and by a
 * procurement-method column; null when nothing says so.
 */
export function refusalOf(
  cells: SheetCells,
  header: Pd02Header | null,
  titleRowCount: number,
): Refusal | null {
  for (let row = 0; row < titleRowCount; row++) {
    const values = cells.values[row] ?? [];
    for (const { pattern, reason } of OTHER_FORMS) {
      const column = values.findIndex((v) => pattern.test(arabicCellText(v)));
      if (column >= 0) return { reason, cell: toA1(row, column), text: arabicCellText(values[column]) };
    }
  }
  const column = header?.columns.procurement;
  if (header && column !== undefined) {
    // The first text at or below the header top in that column is its label (two-row headers merge it).
    const labelRow = cells.values.findIndex(
      (r, i) => i >= header.firstRow && arabicCellText(r[column]) !== "",
    );
    const row = Math.max(labelRow, header.firstRow);
    return {
      reason: "procurement-column",
      cell: toA1(row, column),
      text: arabicCellText(cells.values[row]?.[column]),
    };
  }
  return null;
}
