import { columnLetter, rangeA1, toA1 } from "../../src/domain/grid/a1";
import type { SheetSpec } from "../../src/domain/layout/SheetSpec";

const escape = (text: string): string => text.replace(/\|/gu, "\\|").replace(/\n/gu, "<br>");

/**
 * A human-readable Markdown picture of a sheet spec for golden files and reviews: print setup,
 * columns, merges, then the grid (A1 rows, explicit heights). Filled empty cells show as █ (schedule
 * bars); cells covered by a merge show as ⋯.
 */
export function renderSheetMarkdown(spec: SheetSpec): string {
  const p = spec.print;
  const covered = new Set<string>();
  for (const m of spec.merges) {
    for (let r = m.row; r < m.row + m.rowCount; r += 1) {
      for (let c = m.column; c < m.column + m.columnCount; c += 1)
        if (r !== m.row || c !== m.column) covered.add(toA1(r, c));
    }
  }
  const lines = [
    `# ${spec.name}`,
    "",
    `- owner: ${spec.owner.kind} / ${spec.owner.edition}`,
    `- print: ${p.paper} ${p.orientation}, fit to width: ${p.fitToWidth ? "yes" : "no"}, centred: ${p.centerHorizontally ? "yes" : "no"}`,
    `- title rows: ${p.titleRows ? `${p.titleRows.first}:${p.titleRows.last}` : "none"}, frozen rows: ${spec.frozenRows}`,
    `- margins (in): top ${p.margins.top}, bottom ${p.margins.bottom}, left ${p.margins.left}, right ${p.margins.right}, header ${p.margins.header}, footer ${p.margins.footer}`,
    `- header right: ${p.headerRight ?? "none"}; footer centre: ${p.footerCenter ?? "none"}`,
    `- header/footer font: ${p.headerFooterFont ? `${p.headerFooterFont.name} ${p.headerFooterFont.sizePt} pt` : "default"}; header on page 1: ${p.headerOnFirstPage === false ? "no" : "yes"}; first page number: ${p.firstPageNumber ?? "auto"}`,
    `- page breaks before rows: ${p.pageBreaksBefore.length > 0 ? p.pageBreaksBefore.join(", ") : "none"}`,
    `- columns (pt): ${spec.columns.map((c, i) => `${columnLetter(i)} ${c.widthPt}`).join(", ")}`,
    `- merges: ${spec.merges.map((m) => rangeA1(m.row, m.column, m.rowCount, m.columnCount)).join(", ") || "none"}`,
    "",
    `| row | height | ${spec.columns.map((_, i) => columnLetter(i)).join(" | ")} |`,
    `|---:|---:|${spec.columns.map(() => "---").join("|")}|`,
  ];
  spec.rows.forEach((row, r) => {
    const cells = row.cells.map((cell, c) => {
      if (covered.has(toA1(r, c))) return "⋯";
      if (!cell) return "";
      if (cell.value === null) return cell.style && spec.styles[cell.style]?.fill ? "█" : "";
      return escape(String(cell.value));
    });
    lines.push(`| ${r + 1} | ${row.heightPt} | ${cells.join(" | ")} |`);
  });
  return `${lines.join("\n")}\n`;
}
