import { fitWidth } from "../../src/domain/layout/_lib/SheetBuilder";
import type { SheetSpec } from "../../src/domain/layout/SheetSpec";
import { estimateTextWidth } from "../../src/domain/text/estimateTextWidth";
import type { CompoundBreak } from "./pdfPages";

/**
 * Whether a break the PDF shows lies inside one cell of the sheet (its text has the two lines one
 * after the other) whose line the compound would fit whole: the layout's rule is broken only then.
 * A compound wider than its cell must break somewhere; two lines of different cells are no break.
 */
export function breakInsideFittingCell(spec: SheetSpec, b: CompoundBreak): boolean {
  return spec.rows.some((row) =>
    row.cells.some((cell, column) => {
      if (typeof cell?.value !== "string") return false;
      const lines = cell.value.split("\n");
      const at = lines.findIndex((l, i) => l.endsWith(b.start) && (lines[i + 1] ?? "").startsWith(b.end));
      if (at < 0) return false;
      const merge = spec.merges.find((m) => m.column === column && m.row <= spec.rows.indexOf(row));
      const span = spec.columns.slice(column, column + (merge?.columnCount ?? 1));
      const width = span.reduce((sum, c) => sum + c.widthPt, 0);
      const font = spec.styles[cell.style ?? ""]?.font;
      return estimateTextWidth(b.word, font?.sizePt ?? 14, font?.bold ?? false) <= fitWidth(width);
    }),
  );
}
