import type { CellRect } from "../../../domain/grid/a1";
import type { BorderStyle, CellStyle, RowSpec } from "../../../domain/layout/SheetSpec";
import { styleAreas } from "./styleAreas";

/** The border edges of a range that Excel sets one by one. */
export type Edge =
  "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";
/** A line, or none (an edge taken away). */
export type EdgeLine = BorderStyle | "none";
export type EdgeLines = Partial<Record<Edge, EdgeLine>>;

export interface BorderPaint {
  readonly rects: readonly CellRect[];
  readonly edges: EdgeLines;
}

/**
 * A sheet's borders in two layers, as few ranges as Excel needs: `boxes` draw every edge around and
 * inside each block of bordered cells in the sheet's most common line; `fixes`, set after them, change
 * the edges that differ, on runs of edges stacked into rectangles (a month bar loses the lines inside
 * it with one range, not three ranges of three edges each). The edges drawn are exactly those of the
 * cells' styles: an edge is drawn where the cell on either side of it has it (the cell below or right
 * wins where both have it in different lines).
 */
export function borderPaints(
  rows: readonly RowSpec[],
  styles: Readonly<Record<string, CellStyle>>,
): { readonly boxes: BorderPaint[]; readonly fixes: BorderPaint[] } {
  const rowCount = rows.length;
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  const border = (r: number, c: number) => {
    const key = rows[r]?.cells[c]?.style;
    return key === undefined ? undefined : styles[key]?.border;
  };
  // Boundary y is above row y (0…rowCount); boundary x is left of column x (0…width).
  const horizontal = (y: number, c: number) => border(y, c)?.top ?? border(y - 1, c)?.bottom;
  const vertical = (r: number, x: number) => border(r, x)?.left ?? border(r, x - 1)?.right;
  const counts = new Map<BorderStyle, number>();
  const count = (line: BorderStyle | undefined): void => {
    if (line) counts.set(line, (counts.get(line) ?? 0) + 1);
  };
  for (let y = 0; y <= rowCount; y++) for (let c = 0; c < width; c++) count(horizontal(y, c));
  for (let r = 0; r < rowCount; r++) for (let x = 0; x <= width; x++) count(vertical(r, x));
  const base = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (base === undefined) return { boxes: [], fixes: [] };

  const bordered = rows.map((row, r) => ({
    heightPt: row.heightPt,
    cells: row.cells.map((_, c) => {
      const b = border(r, c);
      return b && (b.top ?? b.bottom ?? b.left ?? b.right) ? { value: null, style: "b" } : null;
    }),
  }));
  const blocks = styleAreas(bordered).get("b") ?? [];
  const paintedH = new Uint8Array((rowCount + 1) * width);
  const paintedV = new Uint8Array(rowCount * (width + 1));
  for (const b of blocks) {
    for (let y = b.row; y <= b.row + b.rowCount; y++)
      for (let c = b.column; c < b.column + b.columnCount; c++) paintedH[y * width + c] = 1;
    for (let r = b.row; r < b.row + b.rowCount; r++)
      for (let x = b.column; x <= b.column + b.columnCount; x++) paintedV[r * (width + 1) + x] = 1;
  }
  const boxes = groupByEdges(
    blocks.map((rect) => ({
      rect,
      edges: {
        EdgeTop: base,
        EdgeBottom: base,
        EdgeLeft: base,
        EdgeRight: base,
        ...(rect.rowCount > 1 ? { InsideHorizontal: base } : {}),
        ...(rect.columnCount > 1 ? { InsideVertical: base } : {}),
      },
    })),
  );

  const fixes: { rect: CellRect; edges: EdgeLines }[] = [];
  // Vertical edges, row by row: runs of boundaries whose line differs from the box's, stacked down.
  const verticalRuns = Array.from({ length: rowCount }, (_, r) =>
    runsOf(width + 1, (x) => (paintedV[r * (width + 1) + x] ? differs(vertical(r, x), base) : null)),
  );
  for (const { line, first, last, from, to } of stacked(verticalRuns)) {
    const rows_ = { row: from, rowCount: to - from + 1 };
    // The left of column 0 and the right of the last column are outer edges of single columns.
    const inner = { first: Math.max(first, 1), last: Math.min(last, width - 1) };
    if (first === 0) fixes.push({ rect: { ...rows_, column: 0, columnCount: 1 }, edges: { EdgeLeft: line } });
    if (last === width)
      fixes.push({ rect: { ...rows_, column: width - 1, columnCount: 1 }, edges: { EdgeRight: line } });
    if (inner.first <= inner.last)
      fixes.push({
        rect: { ...rows_, column: inner.first - 1, columnCount: inner.last - inner.first + 2 },
        edges: { InsideVertical: line },
      });
  }
  // Horizontal edges, column by column, stacked across.
  const horizontalRuns = Array.from({ length: width }, (_, c) =>
    runsOf(rowCount + 1, (y) => (paintedH[y * width + c] ? differs(horizontal(y, c), base) : null)),
  );
  for (const { line, first, last, from, to } of stacked(horizontalRuns)) {
    const columns = { column: from, columnCount: to - from + 1 };
    const inner = { first: Math.max(first, 1), last: Math.min(last, rowCount - 1) };
    if (first === 0) fixes.push({ rect: { ...columns, row: 0, rowCount: 1 }, edges: { EdgeTop: line } });
    if (last === rowCount)
      fixes.push({ rect: { ...columns, row: rowCount - 1, rowCount: 1 }, edges: { EdgeBottom: line } });
    if (inner.first <= inner.last)
      fixes.push({
        rect: { ...columns, row: inner.first - 1, rowCount: inner.last - inner.first + 2 },
        edges: { InsideHorizontal: line },
      });
  }
  return { boxes, fixes: groupByEdges(fixes) };
}

/** The line an edge must get where it differs from the box's; null where the box drew it right. */
function differs(line: BorderStyle | undefined, base: BorderStyle): EdgeLine | null {
  if (line === base) return null;
  return line ?? "none";
}

interface Run {
  readonly line: EdgeLine;
  readonly first: number;
  readonly last: number;
}

/** Runs of consecutive boundaries 0…count-1 with the same line. */
function runsOf(count: number, lineAt: (boundary: number) => EdgeLine | null): Run[] {
  const runs: Run[] = [];
  let open: { line: EdgeLine; first: number } | null = null;
  for (let i = 0; i <= count; i++) {
    const line = i < count ? lineAt(i) : null;
    if (open && line === open.line) continue;
    if (open) runs.push({ line: open.line, first: open.first, last: i - 1 });
    open = line === null ? null : { line, first: i };
  }
  return runs;
}

/** Equal runs on consecutive lines (rows, or columns) as one stack: lines `from`…`to`. */
function stacked(lines: readonly Run[][]): (Run & { from: number; to: number })[] {
  const done: (Run & { from: number; to: number })[] = [];
  let open = new Map<string, Run & { from: number; to: number }>();
  lines.forEach((runs, index) => {
    const next = new Map<string, Run & { from: number; to: number }>();
    for (const run of runs) {
      const key = `${run.line}|${run.first}|${run.last}`;
      const previous = open.get(key);
      next.set(key, previous ? { ...previous, to: index } : { ...run, from: index, to: index });
      open.delete(key);
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done;
}

/** Rectangles that get the same edges, together (one RangeAreas each where Excel has them). */
function groupByEdges(items: readonly { rect: CellRect; edges: EdgeLines }[]): BorderPaint[] {
  const groups = new Map<string, { rects: CellRect[]; edges: EdgeLines }>();
  for (const { rect, edges } of items) {
    const key = JSON.stringify(edges);
    const group = groups.get(key);
    if (group) group.rects.push(rect);
    else groups.set(key, { rects: [rect], edges });
  }
  return [...groups.values()];
}
