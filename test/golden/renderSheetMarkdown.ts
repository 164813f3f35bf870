import { columnLetter, rangeA1, toA1 } from "../../src/domain/grid/a1";
import type { CellStyle, RowSpec, SheetSpec } from "../../src/domain/layout/SheetSpec";

const escape = (text: string): string => text.replace(/\|/gu, "\\|").replace(/\n/gu, "<br>");

/** Excel's defaults, shown where a style sets nothing, so a lost setting reads as a change. */
const GENERAL = "General";

/** A row's style keys as runs of columns ("A text, B–C count, D baht"); empty cells have none. */
function styleRuns(row: RowSpec): string {
  const runs: { first: number; last: number; key: string }[] = [];
  row.cells.forEach((cell, c) => {
    if (!cell) return;
    const key = cell.style ?? "(unstyled)";
    const run = runs.at(-1);
    if (run && run.key === key && run.last === c - 1) run.last = c;
    else runs.push({ first: c, last: c, key });
  });
  return runs
    .map((r) => `${columnLetter(r.first)}${r.last > r.first ? `–${columnLetter(r.last)}` : ""} ${r.key}`)
    .join(", ");
}

function fontText(font: CellStyle["font"]): string {
  if (!font) return "default";
  const traits = [font.bold ? "bold" : "", font.italic ? "italic" : "", font.color ?? ""].filter(Boolean);
  return [font.name ?? "default", font.sizePt === undefined ? "" : `${font.sizePt}`, ...traits]
    .filter(Boolean)
    .join(" ");
}

function borderText(border: CellStyle["border"]): string {
  const sides = (["top", "bottom", "left", "right"] as const).filter((side) => border?.[side]);
  if (sides.length === 0) return "none";
  const styles = new Set(sides.map((side) => border?.[side]));
  if (sides.length === 4 && styles.size === 1) return `box ${[...styles][0]}`;
  return sides.map((side) => `${side} ${border?.[side]}`).join(", ");
}

/** One legend row: what a style key makes a cell look like when printed. */
function legendRow(key: string, style: CellStyle | undefined): string {
  if (!style) return `| ${key} | (not in the sheet's styles) | | | | | |`;
  const text = [style.wrap ? "wrap" : "", style.indent ? `indent ${style.indent}` : ""].filter(Boolean);
  return `| ${[
    key,
    escape(style.numberFormat ?? GENERAL),
    `${style.horizontal ?? "general"} / ${style.vertical ?? "bottom"}`,
    fontText(style.font),
    borderText(style.border),
    style.fill ?? "none",
    text.join(", ") || "–",
  ].join(" | ")} |`;
}

/**
 * A human-readable Markdown picture of a sheet spec for golden files and reviews: print setup,
 * columns, merges, the grid (A1 rows, explicit heights), the style key of every cell by row, and a
 * legend of those styles (number format, alignment, font, borders, fill), so a lost number format,
 * alignment or bold shows in the diff. Filled empty cells show as █ (schedule bars); cells covered
 * by a merge show as ⋯.
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
  lines.push("", "## Cell styles", "", "| row | styles |", "|---:|---|");
  spec.rows.forEach((row, r) => lines.push(`| ${r + 1} | ${styleRuns(row)} |`));
  const used = [...new Set(spec.rows.flatMap((row) => row.cells.flatMap((cell) => cell?.style ?? [])))].sort();
  lines.push(
    "",
    "## Style legend",
    "",
    "| style | number format | horizontal / vertical | font | borders | fill | text |",
    "|---|---|---|---|---|---|---|",
    ...used.map((key) => legendRow(key, spec.styles[key])),
  );
  return `${lines.join("\n")}\n`;
}
