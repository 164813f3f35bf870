import { fitWidth } from "../../src/domain/layout/_lib/SheetBuilder";
import type { CellSpec, SheetSpec } from "../../src/domain/layout/SheetSpec";
import { estimateTextWidth } from "../../src/domain/text/estimateTextWidth";
import type { CompoundBreak } from "./pdfPages";

const lastToken = (text: string) => text.split(/\s/u).at(-1) ?? "";
const firstToken = (text: string) => text.split(/\s/u)[0] ?? "";

interface PlacedCell {
  readonly cell: CellSpec;
  readonly lines: readonly string[];
  readonly row: number;
  readonly column: number;
}

/**
 * Whether a break the PDF shows is one the layout must not make: our own line break falls inside a
 * compound its cell's line could hold whole; or none of our breaks is there but one of our lines
 * holds both sides together, so the printer broke it itself (its line was narrower than our
 * estimate). A compound wider than its cell must break somewhere; two cells' lines are no break.
 */
export function breakInsideFittingCell(spec: SheetSpec, b: CompoundBreak): boolean {
  const cells: PlacedCell[] = spec.rows.flatMap((r, row) =>
    r.cells.flatMap((cell, column) =>
      cell && typeof cell.value === "string" ? [{ cell, lines: cell.value.split("\n"), row, column }] : [],
    ),
  );
  const ours = cells.filter(({ lines }) =>
    lines.some((l, i) => l.endsWith(b.start) && (lines[i + 1] ?? "").startsWith(b.end)),
  );
  if (ours.length === 0) {
    const joined = lastToken(b.line) + firstToken(b.next);
    return cells.some(({ lines }) => lines.some((line) => line.includes(joined)));
  }
  return ours.some(({ cell, row, column }) => {
    const merge = spec.merges.find((m) => m.row === row && m.column === column);
    const width = spec.columns
      .slice(column, column + (merge?.columnCount ?? 1))
      .reduce((sum, c) => sum + c.widthPt, 0);
    const font = spec.styles[cell.style ?? ""]?.font;
    return estimateTextWidth(b.word, font?.sizePt ?? 14, font?.bold ?? false) <= fitWidth(width);
  });
}
