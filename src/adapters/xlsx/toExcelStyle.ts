import type { Alignment, Borders, Style } from "exceljs";
import type { CellStyle } from "../../domain/layout/SheetSpec";

/** "#RRGGBB" → exceljs ARGB "FFRRGGBB". */
export function toArgb(color: string): string {
  return `FF${color.replace(/^#/u, "").toUpperCase()}`;
}

/** A SheetSpec cell style as an exceljs style object (built once per style key, shared by cells). */
export function toExcelStyle(style: CellStyle): Partial<Style> {
  const out: Partial<Style> = {};
  if (style.font) {
    const font: NonNullable<Style["font"]> = {};
    if (style.font.name !== undefined) font.name = style.font.name;
    if (style.font.sizePt !== undefined) font.size = style.font.sizePt;
    if (style.font.bold !== undefined) font.bold = style.font.bold;
    if (style.font.italic !== undefined) font.italic = style.font.italic;
    if (style.font.color !== undefined) font.color = { argb: toArgb(style.font.color) };
    out.font = font;
  }
  if (style.fill !== undefined)
    out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: toArgb(style.fill) } };
  const alignment: Partial<Alignment> = {};
  if (style.horizontal !== undefined) alignment.horizontal = style.horizontal;
  if (style.vertical !== undefined) alignment.vertical = style.vertical;
  if (style.wrap !== undefined) alignment.wrapText = style.wrap;
  if (style.indent !== undefined) alignment.indent = style.indent;
  if (Object.keys(alignment).length > 0) out.alignment = alignment;
  if (style.numberFormat !== undefined) out.numFmt = style.numberFormat;
  if (style.border) {
    const border: Partial<Borders> = {};
    for (const side of ["top", "bottom", "left", "right"] as const) {
      const line = style.border[side];
      if (line !== undefined) border[side] = { style: line };
    }
    out.border = border;
  }
  return out;
}
