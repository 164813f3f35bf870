import type { CellRect } from "../../../domain/grid/a1";
import type { CellStyle, SheetSpec } from "../../../domain/layout/SheetSpec";
import { borderPaints, type EdgeLines } from "./borderPaints";
import { borderSides, facetAreas } from "./styleAreas";

/** Formatting set on some rectangles with one range object (or one RangeAreas per chunk of them). */
export interface Paint {
  readonly rects: readonly CellRect[];
  /** Font, fill, alignment, wrap, indent and diagonals: no border sides. */
  readonly style: CellStyle;
  readonly edges: EdgeLines;
}

/**
 * A generated sheet's formatting as paints, in the order they must be set: the border boxes first;
 * then, per rectangle, every other facet together with the border edges that differ there (a bar's
 * fill and the lines taken out inside it share one range).
 * @param withIndent - whether indents can be set (ExcelApi 1.9); without, they are left out
 */
export function sheetPaints(spec: SheetSpec, withIndent: boolean): Paint[] {
  const { boxes, fixes } = borderPaints(spec.rows, spec.styles);
  const byRect = new Map<string, { rect: CellRect; style: CellStyle; edges: EdgeLines }>();
  const at = (rect: CellRect) => {
    const key = `${rect.row},${rect.column},${rect.rowCount},${rect.columnCount}`;
    let entry = byRect.get(key);
    if (!entry) byRect.set(key, (entry = { rect, style: {}, edges: {} }));
    return entry;
  };
  for (const { style, rects } of facetAreas(spec.rows, spec.styles)) {
    // The sides are drawn by the border paints; diagonals (one cell's own lines) are set here.
    if ((style.border && borderSides(style.border)) || (style.indent !== undefined && !withIndent)) continue;
    // Facets are disjoint (font, fill, alignment…), so one rectangle's facets add up.
    for (const rect of rects) {
      const entry = at(rect);
      entry.style = { ...entry.style, ...style };
    }
  }
  for (const { edges, rects } of fixes) {
    for (const rect of rects) {
      const entry = at(rect);
      entry.edges = { ...entry.edges, ...edges };
    }
  }
  const groups = new Map<string, { rects: CellRect[]; style: CellStyle; edges: EdgeLines }>();
  for (const { rect, style, edges } of byRect.values()) {
    const key = JSON.stringify([style, edges]);
    const group = groups.get(key);
    if (group) group.rects.push(rect);
    else groups.set(key, { rects: [rect], style, edges });
  }
  return [...boxes.map((box) => ({ ...box, style: {} })), ...groups.values()];
}

/** Commands one paint queues on one range object (for request-size estimates before ExcelApi 1.9). */
export function commandsOf(paint: Paint): number {
  const font = Object.keys(paint.style.font ?? {}).length;
  const others = Object.keys(paint.style).filter(
    (k) => k !== "font" && k !== "numberFormat" && k !== "border",
  ).length;
  // Each diagonal: its border item, style and weight.
  const diagonals = Object.keys(paint.style.border ?? {}).length * 3;
  const edges = Object.values(paint.edges).reduce((n, line) => n + (line === "none" ? 2 : 3), 0);
  // The range, its format, its font and border collections.
  return 4 + font + others + diagonals + edges;
}
