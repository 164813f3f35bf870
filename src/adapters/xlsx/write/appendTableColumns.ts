import { columnLetter } from "../../../domain/grid/a1";
import type { TableGrid } from "../../../domain/grid/TableGrid";
import type { ListKey, TemplateColumn } from "../../../domain/template/templateSpec";
import {
  PREPARED_ROWS,
  TEMPLATE_HEADER_STYLE,
  TEMPLATE_NUMBER_FORMATS,
} from "../../../domain/template/templateStyles";
import type { OoxmlPackage } from "../package/OoxmlPackage";
import { attr, childNamed, childrenNamed, createLike, parseXml, rootOf, serializeXml } from "../package/xml";
import type { TableEntry, WorkbookStructure } from "../read/readStructure";
import { SheetPatcher } from "./SheetPatcher";
import type { StyleSheetEditor } from "./StyleSheetEditor";

/**
 * Adds columns at the right end of an existing table: header cells, the columns' formats on the
 * table's rows, dropdowns, widths where the sheet sets none, and the table part grown over them.
 * Nothing is moved. Refused (false, nothing written) when a cell, merge or table of the sheet lies
 * where the columns would go.
 */
export function appendTableColumns(
  pkg: OoxmlPackage,
  structure: WorkbookStructure,
  table: TableEntry,
  grid: TableGrid,
  columns: readonly TemplateColumn[],
  styles: StyleSheetEditor,
  listSource: (key: ListKey) => string | null,
): boolean {
  const { range } = table;
  const first = range.column + range.columnCount;
  const last = first + columns.length - 1;
  const top = range.row;
  const bottom = range.row + range.rowCount - 1;
  const overlaps = (r: { row: number; column: number; rowCount: number; columnCount: number }): boolean =>
    r.row <= bottom &&
    r.row + r.rowCount - 1 >= top &&
    r.column <= last &&
    r.column + r.columnCount - 1 >= first;
  if (structure.tables.some((t) => t !== table && t.sheetPart === table.sheetPart && overlaps(t.range)))
    return false;
  const patcher = new SheetPatcher(pkg, table.sheetPart, table.sheet);
  if (patcher.mergedAreas().some(overlaps)) return false;
  for (let row = top; row <= bottom; row++)
    for (let column = first; column <= last; column++) if (patcher.isOccupied(row, column)) return false;

  const headerXf = styles.xfOf(TEMPLATE_HEADER_STYLE);
  const bodyFirst = grid.headerRow + 1;
  columns.forEach((spec, i) => {
    const column = first + i;
    patcher.setCell(grid.headerRow, column, spec.header, headerXf);
    const xf = styles.xfOf({ numberFormat: TEMPLATE_NUMBER_FORMATS[spec.kind] });
    for (let row = bodyFirst; row <= bottom; row++) patcher.setCell(row, column, null, xf);
    patcher.setColumnWidthIfUnset(column, spec.widthPt);
    const source = spec.list ? listSource(spec.list) : null;
    if (source !== null) {
      const letter = columnLetter(column);
      patcher.addListValidation(
        `${letter}${bodyFirst + 1}:${letter}${Math.max(bottom, bodyFirst + PREPARED_ROWS) + 1}`,
        source,
      );
    }
  });
  patcher.save();
  growTablePart(
    pkg,
    table,
    columns.map((c) => c.header),
  );
  return true;
}

function growTablePart(pkg: OoxmlPackage, table: TableEntry, headers: readonly string[]): void {
  const doc = parseXml(pkg.text(table.part) ?? "", table.part);
  const root = rootOf(doc);
  const { range } = table;
  const ref = `${columnLetter(range.column)}${range.row + 1}:${columnLetter(range.column + range.columnCount + headers.length - 1)}${range.row + range.rowCount}`;
  root.setAttribute("ref", ref);
  childNamed(root, "autoFilter")?.setAttribute("ref", ref);
  const container = childNamed(root, "tableColumns");
  if (!container) throw new RangeError(`${table.part} has no tableColumns`);
  const existing = childrenNamed(container, "tableColumn");
  let id = Math.max(0, ...existing.map((c) => Number(attr(c, "id") ?? 0)));
  for (const header of headers) {
    const column = createLike(container, "tableColumn");
    column.setAttribute("id", String(++id));
    column.setAttribute("name", header);
    container.appendChild(column);
  }
  container.setAttribute("count", String(existing.length + headers.length));
  pkg.write(table.part, serializeXml(doc));
}
