import type { CellValue } from "../../../domain/grid/CellValue";
import type { OoxmlPackage } from "../package/OoxmlPackage";
import { isSharedStringRef, type ScannedValue } from "./scanSheet";
import { readSharedStrings } from "./sharedStrings";

/**
 * Replaces shared-string references in scanned rows by their text, reading from the shared-string
 * part only the strings these rows use. A reference to a string that does not exist reads as blank.
 */
export function resolveSharedStrings(
  pkg: OoxmlPackage,
  part: string | null,
  grids: readonly (readonly (readonly ScannedValue[])[])[],
): (rows: readonly (readonly ScannedValue[])[]) => CellValue[][] {
  const wanted = new Set<number>();
  for (const rows of grids)
    for (const row of rows)
      for (const value of row ?? [])
        if (value !== undefined && isSharedStringRef(value)) wanted.add(value.sst);
  const strings = readSharedStrings(pkg, part, wanted);
  return (rows) =>
    Array.from(rows, (row) =>
      Array.from(row ?? [], (value): CellValue =>
        value === undefined ? null : isSharedStringRef(value) ? strings.get(value.sst) || null : value,
      ),
    );
}
