import fc from "fast-check";
import type { CellRect } from "../../../../../src/domain/grid/a1";
import type { BorderStyle, CellStyle, RowSpec } from "../../../../../src/domain/layout/SheetSpec";
import { officialSheets } from "../../../../../scripts/bench/officialSheets";
import { borderPaints, type BorderPaint } from "../../../../../src/adapters/office/write/borderPaints";
import { styleAreas } from "../../../../../src/adapters/office/write/styleAreas";

type Lines = Map<string, BorderStyle>;

/** Excel's edges after setting each paint's edges on its ranges, in order (an independent model of ranges). */
function drawn(paints: readonly BorderPaint[]): Lines {
  const lines: Lines = new Map();
  const set = (key: string, line: BorderStyle | "none") =>
    line === "none" ? lines.delete(key) : lines.set(key, line);
  for (const { rects, edges } of paints) {
    for (const { row, column, rowCount, columnCount } of rects) {
      for (let c = column; c < column + columnCount; c++) {
        if (edges.EdgeTop) set(`h${row},${c}`, edges.EdgeTop);
        if (edges.EdgeBottom) set(`h${row + rowCount},${c}`, edges.EdgeBottom);
        for (let y = row + 1; y < row + rowCount; y++)
          if (edges.InsideHorizontal) set(`h${y},${c}`, edges.InsideHorizontal);
      }
      for (let r = row; r < row + rowCount; r++) {
        if (edges.EdgeLeft) set(`v${r},${column}`, edges.EdgeLeft);
        if (edges.EdgeRight) set(`v${r},${column + columnCount}`, edges.EdgeRight);
        for (let x = column + 1; x < column + columnCount; x++)
          if (edges.InsideVertical) set(`v${r},${x}`, edges.InsideVertical);
      }
    }
  }
  return lines;
}

/** The edges the cells' styles ask for: an edge is drawn where the cell on either side has it. */
function wanted(rows: readonly RowSpec[], styles: Readonly<Record<string, CellStyle>>): Lines {
  const lines: Lines = new Map();
  rows.forEach((row, r) =>
    row.cells.forEach((cell, c) => {
      const b = cell?.style === undefined ? undefined : styles[cell.style]?.border;
      if (!b) return;
      // Lower and right cells are drawn last, so their lines win, as in borderPaints.
      if (b.bottom && !lines.has(`h${r + 1},${c}`)) lines.set(`h${r + 1},${c}`, b.bottom);
      if (b.right && !lines.has(`v${r},${c + 1}`)) lines.set(`v${r},${c + 1}`, b.right);
      if (b.top) lines.set(`h${r},${c}`, b.top);
      if (b.left) lines.set(`v${r},${c}`, b.left);
    }),
  );
  return lines;
}

const SIDES = ["top", "bottom", "left", "right"] as const;
const arbitraryStyles = fc
  .array(
    fc.record(
      Object.fromEntries(SIDES.map((side) => [side, fc.constantFrom(undefined, "thin", "thin", "medium")])),
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((borders) => {
    const styles: Record<string, CellStyle> = {};
    borders.forEach((border, i) => {
      const sides = Object.fromEntries(Object.entries(border).filter(([, v]) => v !== undefined));
      styles[`s${i}`] = { border: sides };
    });
    return styles;
  });

describe("borderPaints", () => {
  it("draws exactly the edges the cells' styles ask for, whatever the grid", () => {
    fc.assert(
      fc.property(
        arbitraryStyles.chain((styles) =>
          fc.tuple(
            fc.constant(styles),
            fc.array(
              fc.array(fc.option(fc.constantFrom(...Object.keys(styles)), { nil: undefined }), {
                maxLength: 7,
              }),
              { maxLength: 7 },
            ),
          ),
        ),
        ([styles, grid]) => {
          const rows: RowSpec[] = grid.map((keys) => ({
            heightPt: 20,
            cells: keys.map((style) => (style === undefined ? null : { value: null, style })),
          }));
          const { boxes, fixes } = borderPaints(rows, styles);
          expect(Object.fromEntries(drawn([...boxes, ...fixes]))).toEqual(
            Object.fromEntries(wanted(rows, styles)),
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it("sets a 5,000-project ผด.02 with a fraction of the ranges one per style rectangle takes", () => {
    const pd02 = officialSheets(5000).find((s) => s.owner.kind === "pd02");
    if (!pd02) throw new Error("no ผด.02");
    const { boxes, fixes } = borderPaints(pd02.rows, pd02.styles);
    const count = (paints: readonly { rects: readonly CellRect[] }[]) =>
      paints.reduce((n, p) => n + p.rects.length, 0);
    // One range per rectangle of cells with the same border (sides and diagonals), as styles give them.
    const borderRows = pd02.rows.map((row) => ({
      heightPt: row.heightPt,
      cells: row.cells.map((cell) => {
        const border = cell?.style === undefined ? undefined : pd02.styles[cell.style]?.border;
        return border ? { value: null, style: JSON.stringify(border) } : null;
      }),
    }));
    const perStyle = count([...styleAreas(borderRows).values()].map((rects) => ({ rects })));
    expect(Object.fromEntries(drawn([...boxes, ...fixes]))).toEqual(
      Object.fromEntries(wanted(pd02.rows, pd02.styles)),
    );
    // Under half: the schedule's arrows (a shaft and a head of diagonals per marked run) are per cell.
    expect(count([...boxes, ...fixes]) * 2).toBeLessThan(perStyle);
  });
});
