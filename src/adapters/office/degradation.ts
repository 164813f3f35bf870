import { THAI_DIGIT_FONT } from "../../domain/layout/headerFooterCodes";
import { DEGRADED, type PrintSetupByHand } from "../../app/degradedFeatures";
import type { ManualStep } from "../../app/WorkbookPort";
import type { SheetSpec } from "../../domain/layout/SheetSpec";

export { DEGRADED };
export type { ManualStep };

/** What to set in Page Layout by hand when ExcelApi 1.9 is missing (Office 2019). */
export function printSetupByHand(spec: SheetSpec): ManualStep {
  const { print } = spec;
  const params: PrintSetupByHand = {
    paper: print.paper,
    orientation: print.orientation,
    fitToPagesWide: print.fitToWidth ? 1 : 0,
    marginTopInches: print.margins.top,
    marginBottomInches: print.margins.bottom,
    marginLeftInches: print.margins.left,
    marginRightInches: print.margins.right,
    ...(print.titleRows ? { printTitleRows: `$${print.titleRows.first}:$${print.titleRows.last}` } : {}),
    ...(print.pageBreaksBefore.length > 0 ? { pageBreaksBeforeRows: print.pageBreaksBefore.join(", ") } : {}),
    ...(print.footerCenter !== undefined ? { footerCenter: print.footerCenter } : {}),
    ...(print.headerRight !== undefined ? { headerRight: print.headerRight } : {}),
    ...(print.firstPageNumber !== undefined ? { firstPageNumber: print.firstPageNumber } : {}),
    ...(print.thaiDigitPageNumbers === true && print.headerFooterFont?.name !== THAI_DIGIT_FONT
      ? { pageNumberFont: THAI_DIGIT_FONT }
      : {}),
    ...(print.headerOnFirstPage === false && print.headerRight !== undefined
      ? { noHeaderOnFirstPage: true as const }
      : {}),
  };
  return { code: DEGRADED.printSetup, sheet: spec.name, params };
}
