import { columnLetter } from "../../../domain/grid/a1";
import type { OoxmlPackage } from "../package/OoxmlPackage";
import { childNamed, parseXml, rootOf, serializeXml } from "../package/xml";

/** Sets a table part's range (and its filter's), e.g. after rows were written under it. */
export function resizeTablePart(
  pkg: OoxmlPackage,
  part: string,
  range: { row: number; column: number; rowCount: number; columnCount: number },
): void {
  const doc = parseXml(pkg.text(part) ?? "", part);
  const root = rootOf(doc);
  const ref = `${columnLetter(range.column)}${range.row + 1}:${columnLetter(range.column + range.columnCount - 1)}${range.row + range.rowCount}`;
  root.setAttribute("ref", ref);
  const filter = childNamed(root, "autoFilter");
  if (filter) filter.setAttribute("ref", ref);
  pkg.write(part, serializeXml(doc));
}
