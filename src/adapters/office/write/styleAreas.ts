import { rangeA1, toA1, type CellRect } from "../../../domain/grid/a1";
import type { CellStyle, RowSpec } from "../../../domain/layout/SheetSpec";

/** `Worksheet.getRange(s)` truncates address strings at 8192 characters; stay well below. */
export const MAX_ADDRESS_CHARS = 8000;

/**
 * Cells grouped by style key as few rectangles as possible (runs across a row, then equal runs
 * stacked down), so each style is applied with a handful of range objects whatever the row count.
 */
export function styleAreas(rows: readonly RowSpec[]): Map<string, CellRect[]> {
  const byStyle = new Map<string, CellRect[]>();
  // Open rectangles per style keyed by "column:width", extended while the next row repeats the run.
  const open = new Map<
    string,
    Map<string, { row: number; column: number; rowCount: number; columnCount: number }>
  >();
  rows.forEach((row, r) => {
    const runs: { style: string; column: number; columnCount: number }[] = [];
    row.cells.forEach((cell, c) => {
      const style = cell?.style;
      const last = runs[runs.length - 1];
      if (style === undefined) return;
      if (last && last.style === style && last.column + last.columnCount === c) last.columnCount++;
      else runs.push({ style, column: c, columnCount: 1 });
    });
    const seen = new Set<string>();
    for (const run of runs) {
      const key = `${run.column}:${run.columnCount}`;
      let styleOpen = open.get(run.style);
      if (!styleOpen) open.set(run.style, (styleOpen = new Map()));
      const rect = styleOpen.get(key);
      if (rect && rect.row + rect.rowCount === r) rect.rowCount++;
      else {
        if (rect) push(byStyle, run.style, rect);
        styleOpen.set(key, { row: r, column: run.column, rowCount: 1, columnCount: run.columnCount });
      }
      seen.add(`${run.style}|${key}`);
    }
    // Close rectangles that did not continue into this row.
    for (const [style, styleOpen] of open) {
      for (const [key, rect] of styleOpen) {
        if (!seen.has(`${style}|${key}`)) {
          push(byStyle, style, rect);
          styleOpen.delete(key);
        }
      }
    }
  });
  for (const [style, styleOpen] of open) for (const rect of styleOpen.values()) push(byStyle, style, rect);
  return byStyle;
}

function push(map: Map<string, CellRect[]>, key: string, rect: CellRect): void {
  const list = map.get(key);
  if (list) list.push({ ...rect });
  else map.set(key, [{ ...rect }]);
}

/** A1 address of a rectangle ("B3" for one cell, "B3:D9" otherwise). */
export function rectA1(rect: CellRect): string {
  return rect.rowCount === 1 && rect.columnCount === 1
    ? toA1(rect.row, rect.column)
    : rangeA1(rect.row, rect.column, rect.rowCount, rect.columnCount);
}

/** Comma-joined address lists, each shorter than `maxChars` (for `worksheet.getRanges`). */
export function chunkAddresses(addresses: readonly string[], maxChars = MAX_ADDRESS_CHARS): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const address of addresses) {
    if (current !== "" && current.length + 1 + address.length > maxChars) {
      chunks.push(current);
      current = "";
    }
    current = current === "" ? address : `${current},${address}`;
  }
  if (current !== "") chunks.push(current);
  return chunks;
}

/** One formatting facet (font, fill, alignment, …) and the rectangles that carry it. */
export interface FacetArea {
  readonly style: CellStyle;
  readonly rects: readonly CellRect[];
}

type Facet = (style: CellStyle) => CellStyle | null;
const FACETS: readonly Facet[] = [
  (s) => (s.font ? { font: s.font } : null),
  (s) => (s.fill !== undefined ? { fill: s.fill } : null),
  // Distributed replaces the horizontal alignment where Excel has it, so the two are one facet.
  (s) =>
    s.horizontal !== undefined || s.distributed !== undefined
      ? {
          ...(s.horizontal !== undefined ? { horizontal: s.horizontal } : {}),
          ...(s.distributed !== undefined ? { distributed: s.distributed } : {}),
        }
      : null,
  (s) => (s.vertical !== undefined ? { vertical: s.vertical } : null),
  (s) => (s.wrap !== undefined ? { wrap: s.wrap } : null),
  (s) => (s.indent !== undefined ? { indent: s.indent } : null),
  (s) => {
    const sides = s.border ? borderSides(s.border) : null;
    return sides ? { border: sides } : null;
  },
  // Diagonals belong to one cell each (no neighbour shares them): set like a fill, not as boxes.
  (s) => {
    const diagonals = s.border ? borderDiagonals(s.border) : null;
    return diagonals ? { border: diagonals } : null;
  },
];

type Border = NonNullable<CellStyle["border"]>;

/** A border's four sides, or null when it has none (only diagonals). */
export function borderSides(border: Border): Border | null {
  const { diagonalUp: _up, diagonalDown: _down, ...sides } = border;
  return Object.values(sides).some((line) => line !== undefined) ? sides : null;
}

/** A border's diagonals, or null when it has none. */
export function borderDiagonals(border: Border): Border | null {
  const diagonals = {
    ...(border.diagonalUp !== undefined ? { diagonalUp: border.diagonalUp } : {}),
    ...(border.diagonalDown !== undefined ? { diagonalDown: border.diagonalDown } : {}),
  };
  return Object.keys(diagonals).length > 0 ? diagonals : null;
}

/**
 * Cells grouped per formatting facet rather than per style: styles that differ only in fill
 * still share one border rectangle, so a ผด.02 body needs a few ranges, not one per row.
 */
export function facetAreas(
  rows: readonly RowSpec[],
  styles: Readonly<Record<string, CellStyle>>,
): FacetArea[] {
  const areas: FacetArea[] = [];
  for (const facet of FACETS) {
    const facetStyles = new Map<string, CellStyle>();
    const facetRows: RowSpec[] = rows.map((row) => ({
      heightPt: row.heightPt,
      cells: row.cells.map((cell) => {
        const style = cell?.style === undefined ? undefined : styles[cell.style];
        const part = style ? facet(style) : null;
        if (!part) return null;
        const key = JSON.stringify(part);
        facetStyles.set(key, part);
        return { value: null, style: key };
      }),
    }));
    for (const [key, rects] of styleAreas(facetRows)) {
      const style = facetStyles.get(key);
      if (style) areas.push({ style, rects });
    }
  }
  return areas;
}
