import type { BorderStyle, CellStyle } from "../../../domain/layout/SheetSpec";
import type { EdgeLines } from "./borderPaints";

type BorderEdge = Parameters<Excel.RangeBorderCollection["getItem"]>[0];
type LineStyle = Excel.RangeBorder["style"];
type LineWeight = Excel.RangeBorder["weight"];

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const BORDER: Record<BorderStyle, { style: LineStyle; weight: LineWeight }> = {
  thin: { style: "Continuous", weight: "Thin" },
  medium: { style: "Continuous", weight: "Medium" },
  double: { style: "Double", weight: "Thick" },
  hair: { style: "Continuous", weight: "Hairline" },
  dotted: { style: "Dot", weight: "Thin" },
};

export interface CellStyleOptions {
  /**
   * `format.indentLevel` may be set.
   * @apiSet ExcelApi 1.9
   */
  readonly allowIndent: boolean;
  readonly multiRow: boolean;
  readonly multiColumn: boolean;
}

/**
 * Applies a style's font, fill, alignment and borders to a range (or areas) (number formats are
 * written with the values). Borders are per cell, so inside edges carry them too.
 * @returns how many commands were queued, for request-size estimates.
 */
export function applyCellStyle(
  target: Excel.Range | Excel.RangeAreas,
  style: CellStyle,
  options: CellStyleOptions,
): number {
  const format = target.format;
  let commands = 0;
  const set = (apply: () => void): void => {
    apply();
    commands++;
  };
  const font = style.font;
  if (font?.name !== undefined) set(() => (format.font.name = font.name as string));
  if (font?.sizePt !== undefined) set(() => (format.font.size = font.sizePt as number));
  if (font?.bold !== undefined) set(() => (format.font.bold = font.bold as boolean));
  if (font?.italic !== undefined) set(() => (format.font.italic = font.italic as boolean));
  if (font?.color !== undefined) set(() => (format.font.color = font.color as string));
  if (style.fill !== undefined) set(() => (format.fill.color = style.fill as string));
  // Distributed spreads a line's spaces to both edges (a justified line), in place of its alignment.
  if (style.distributed) set(() => (format.horizontalAlignment = "Distributed"));
  else if (style.horizontal !== undefined)
    set(() => (format.horizontalAlignment = HORIZONTAL[style.horizontal!]));
  if (style.vertical !== undefined) set(() => (format.verticalAlignment = VERTICAL[style.vertical!]));
  if (style.wrap !== undefined) set(() => (format.wrapText = style.wrap as boolean));
  if (style.indent !== undefined && options.allowIndent)
    set(() => (format.indentLevel = style.indent as number));
  const border = style.border;
  if (border) {
    const edges: [BorderEdge, BorderStyle | undefined][] = [
      ["EdgeTop", border.top],
      ["EdgeBottom", border.bottom],
      ["EdgeLeft", border.left],
      ["EdgeRight", border.right],
      // Inside edges only exist on multi-cell ranges.
      ["InsideHorizontal", options.multiRow ? (border.top ?? border.bottom) : undefined],
      ["InsideVertical", options.multiColumn ? (border.left ?? border.right) : undefined],
      // Diagonals are drawn in every cell of the range (the arrow heads of ผด.02 and the flow chart).
      ["DiagonalUp", border.diagonalUp],
      ["DiagonalDown", border.diagonalDown],
    ];
    for (const [edge, kind] of edges) {
      if (kind === undefined) continue;
      const item = format.borders.getItem(edge);
      item.style = BORDER[kind].style;
      item.weight = BORDER[kind].weight;
      commands += 3;
    }
  }
  return commands;
}

/** True when a style sets an indent (which needs ExcelApi 1.9). */
export function usesIndent(style: CellStyle): boolean {
  return style.indent !== undefined && style.indent > 0;
}

/**
 * Sets border edges of a range (or areas), each to a line or to none.
 * @returns how many commands were queued, for request-size estimates.
 */
export function applyEdges(target: Excel.Range | Excel.RangeAreas, edges: EdgeLines): number {
  let commands = 0;
  for (const [edge, line] of Object.entries(edges) as [BorderEdge, EdgeLines[keyof EdgeLines]][]) {
    if (line === undefined) continue;
    const item = target.format.borders.getItem(edge);
    if (line === "none") {
      item.style = "None";
      commands += 2;
    } else {
      item.style = BORDER[line].style;
      item.weight = BORDER[line].weight;
      commands += 3;
    }
  }
  return commands;
}
