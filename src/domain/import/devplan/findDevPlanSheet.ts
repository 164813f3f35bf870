import type { SheetCells } from "../SheetCells";
import { findDevPlanHeader } from "./findDevPlanHeader";

const DEV_PLAN_NAME = /ผ\.?\s*0?2(?![\d/-])|แผนพัฒนา/u;

/**
 * Picks the sheet to import when the user names none: the first one with a ผ.02 header (budget years,
 * no months), preferring a sheet whose name says ผ.02 or แผนพัฒนา.
 * @param sheets every sheet of the workbook, in tab order
 * @example findDevPlanSheet([cover, pd02, p02])?.name //=> "ผ.02"
 */
export function findDevPlanSheet(sheets: readonly SheetCells[]): SheetCells | undefined {
  const candidates = sheets.filter((sheet) => {
    const header = findDevPlanHeader(sheet);
    return header !== null && header.years.size > 0 && header.months < 6;
  });
  return candidates.find((sheet) => DEV_PLAN_NAME.test(sheet.name)) ?? candidates[0];
}
