import type { SheetCells } from "../../../domain/import/SheetCells";
import type { CellValue } from "../../../domain/grid/CellValue";
import type { OoxmlPackage } from "../package/OoxmlPackage";
import { relationshipTargetOfType } from "./relationshipTargetOfType";
import { readStyles } from "./readStyles";
import type { WorkbookStructure } from "./readStructure";
import { resolveSharedStrings } from "./resolveSharedStrings";
import { scanSheet } from "./scanSheet";

/**
 * A whole worksheet for the importer: values from A1 (dense), merges and solid fills. A merged
 * range's value sits in its top-left cell only (as in the file).
 * @throws RangeError when there is no such worksheet
 */
export function readSheetCellsOf(pkg: OoxmlPackage, structure: WorkbookStructure, name: string): SheetCells {
  const sheet =
    structure.sheets.find((s) => s.name === name) ??
    structure.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!sheet || sheet.part === null || sheet.kind !== "worksheet")
    throw new RangeError(`No sheet named ${name}`);
  const styles = readStyles(pkg, structure.stylesPart, relationshipTargetOfType(structure, "theme"));
  const scan = scanSheet(pkg, sheet.part, {
    withStyles: true,
    ...(structure.date1904 ? { numberOf: (s, v) => (styles.isDate(s) ? v + 1462 : v) } : {}),
  });
  const rowCount = Math.max(scan.rows.length, scan.styles.length);
  let columnCount = 0;
  for (let r = 0; r < rowCount; r++)
    columnCount = Math.max(columnCount, scan.rows[r]?.length ?? 0, scan.styles[r]?.length ?? 0);
  const dense = Array.from({ length: rowCount }, (_, r) =>
    Array.from({ length: columnCount }, (_, c) => scan.rows[r]?.[c] ?? null),
  );
  const values: CellValue[][] = resolveSharedStrings(pkg, structure.sharedStringsPart, [dense])(dense);
  const fills = Array.from({ length: rowCount }, (_, r) =>
    Array.from({ length: columnCount }, (_, c) => {
      const style = scan.styles[r]?.[c];
      return style === undefined ? null : styles.fillOf(style);
    }),
  );
  return { name: sheet.name, values, merges: scan.merges, fills };
}
