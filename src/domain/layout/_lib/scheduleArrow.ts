import { activeRuns, FISCAL_MONTHS, type MonthMask } from "../../model/months";
import type { OfficialStyleKey } from "./officialStyles";
import { partStyle, rowHeightForLines, type SheetBuilder } from "./SheetBuilder";

/** Where a month sits in the runs of an item's schedule: outside, inside, or at an end of one. */
type MonthPlace = "none" | "inside" | "start" | "end";

function placeOf(months: MonthMask, month: number): MonthPlace {
  const run = activeRuns(months).find(([first, last]) => month >= first && month <= last);
  if (!run) return "none";
  // A one-month run is drawn with its head at the end: a short arrow pointing on.
  if (month === run[1]) return "end";
  return month === run[0] ? "start" : "inside";
}

const UPPER: Readonly<Record<MonthPlace, OfficialStyleKey>> = {
  none: "schedUpper",
  inside: "arrowLine",
  start: "arrowLineStart",
  end: "arrowLineEnd",
};
const LOWER: Readonly<Record<MonthPlace, OfficialStyleKey>> = {
  none: "sched",
  inside: "sched",
  start: "schedStart",
  end: "schedEnd",
};

/**
 * Draws an item's schedule as arrow lines (←——→ over each run of months, as staff draw them), with
 * cells and borders only, so Excel and LibreOffice print the same: the item's first row is split into
 * two half rows at its first line and a rest; the line is the upper half's bottom border across the
 * run, its heads diagonals from the run's end cells' corners to the line. The text cells are merged
 * down over the split rows. Returns the rows that must not end a page (the split rows but the last).
 * @param rows the item's rows as SheetBuilder.addBlock added them (its month cells styled "sched")
 */
export function drawScheduleArrow(
  b: SheetBuilder,
  rows: readonly number[],
  months: MonthMask,
  firstMonthColumn: number,
  fontSizePt: number,
): number[] {
  const [first] = rows;
  const height = first === undefined ? 0 : (b.rows[first]?.heightPt ?? 0);
  if (first === undefined) return [];
  const line = rowHeightForLines(1, fontSizePt);
  const half = Math.floor(line / 2);
  const heights = [half, line - half, ...(height > line ? [height - line] : [])];
  const split = b.splitRow(first, heights);
  const continued = rows.length > 1;
  const original = b.rows[first]?.cells ?? [];
  // The merged cells below carry its style's sides and, at the bottom, its bottom (a merged area's
  // borders are drawn from its edge cells); as block parts they close where a page breaks the item.
  const below = (style: string | undefined, last: boolean): string | undefined =>
    style === undefined
      ? undefined
      : partStyle(style.replace(/:(first|inner|last)$/u, ""), last && !continued ? "last" : "inner");
  original.slice(0, firstMonthColumn).forEach((cell, column) => {
    split.slice(1).forEach((row, i) => {
      const style = below(cell?.style, i === split.length - 2);
      b.setCell(row, column, cell && { value: null, ...(style !== undefined ? { style } : {}) });
    });
    b.merge(first, column, split.length, 1);
  });
  FISCAL_MONTHS.forEach((_, m) => {
    const column = firstMonthColumn + m;
    const place = placeOf(months, m);
    split.forEach((row, i) => {
      const last = i === split.length - 1;
      const base = i === 0 ? UPPER[place] : i === 1 ? LOWER[place] : "sched";
      // Only the last split row may end a page; it closes at a break like any first row of a block.
      const style =
        i === 0 ? base : !last ? partStyle(base, "inner") : continued ? partStyle(base, "first") : base;
      b.setCell(row, column, { value: null, style });
    });
  });
  return split.slice(0, -1);
}
