import type { SheetCells } from "./SheetCells";
import { findPd02Header } from "./_lib/findPd02Header";
import { mergeLookup } from "./_lib/mergeLookup";
import { refusalOf } from "./_lib/refusalOf";

const PD02_NAME = /ผด\.?\s*0?2(?![\d/-])/u;

/**
 * Picks the sheet to import when the user names none: the first one with a ผด.02 header that is not
 * another form, preferring a sheet whose name says ผด.02.
 * @param sheets every sheet of the workbook, in tab order
 * @returns the sheet to import, or undefined when none looks like a ผด.02
 * @example findPd02Sheet([cover, pd01, pd02])?.name //=> "ผด.02"
 */
export function findPd02Sheet(sheets: readonly SheetCells[]): SheetCells | undefined {
  const candidates = sheets.filter((sheet) => {
    const header = findPd02Header(sheet, mergeLookup(sheet));
    return header !== null && refusalOf(sheet, header, header.firstRow) === null;
  });
  return candidates.find((sheet) => PD02_NAME.test(sheet.name)) ?? candidates[0];
}
