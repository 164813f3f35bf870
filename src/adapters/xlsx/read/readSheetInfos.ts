import type { SheetInfo } from "../../../app/WorkbookPort";
import { parseOwnerMark, WORKBOOK_ID_NAME, workbookIdFromFormula } from "../../../domain/layout/ownerMark";
import type { OoxmlPackage } from "../package/OoxmlPackage";
import type { WorkbookStructure } from "./readStructure";
import { resolveSharedStrings } from "./resolveSharedStrings";
import { scanSheet } from "./scanSheet";

/** The workbook's id from its hidden name; null when the tool has never written one. */
export function workbookIdOf(structure: WorkbookStructure): string | null {
  const name = structure.definedNames.find(
    (n) => n.localSheetId === null && n.name.toLowerCase() === WORKBOOK_ID_NAME.toLowerCase(),
  );
  return name ? workbookIdFromFormula(name.formula) : null;
}

/**
 * Every sheet with its owner, read from the mark in its first row: only row 1 of each worksheet is
 * inflated, so a huge sheet costs next to nothing here. A mark counts only when its seal matches
 * this workbook and sheet name.
 */
export function readSheetInfos(pkg: OoxmlPackage, structure: WorkbookStructure): SheetInfo[] {
  const workbookId = workbookIdOf(structure);
  const firstRows = structure.sheets.map((sheet) =>
    sheet.part !== null && sheet.kind === "worksheet"
      ? (scanSheet(pkg, sheet.part, { lastRowWanted: 0 }).rows[0] ?? [])
      : [],
  );
  const resolve = resolveSharedStrings(pkg, structure.sharedStringsPart, [firstRows]);
  const resolved = resolve(firstRows);
  return structure.sheets.map((sheet, i) => {
    let owner: SheetInfo["owner"] = null;
    for (const value of resolved[i] ?? []) {
      owner ??= parseOwnerMark(value, { sheetName: sheet.name, workbookId });
    }
    return { name: sheet.name, owner };
  });
}
