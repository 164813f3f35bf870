import { DEGRADED } from "../../app/degradedFeatures";
import type { PrintSpec, SheetSpec } from "../../domain/layout/SheetSpec";

export { DEGRADED };

/** One thing the user must set by hand, with the values to set, as data. */
export interface ManualStep {
  readonly code: string;
  readonly sheet: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** What to set in Page Layout by hand when ExcelApi 1.9 is missing (Office 2019). */
export function printSetupByHand(spec: SheetSpec): ManualStep {
  const print: PrintSpec = spec.print;
  const params: Record<string, string | number> = {
    paper: print.paper,
    orientation: print.orientation,
    fitToPagesWide: print.fitToWidth ? 1 : 0,
    marginTopInches: print.margins.top,
    marginBottomInches: print.margins.bottom,
    marginLeftInches: print.margins.left,
    marginRightInches: print.margins.right,
  };
  if (print.titleRows) params["printTitleRows"] = `$${print.titleRows.first}:$${print.titleRows.last}`;
  if (print.pageBreaksBefore.length > 0) params["pageBreaksBeforeRows"] = print.pageBreaksBefore.join(", ");
  if (print.footerCenter !== undefined) params["footerCenter"] = print.footerCenter;
  if (print.headerRight !== undefined) params["headerRight"] = print.headerRight;
  return { code: DEGRADED.printSetup, sheet: spec.name, params };
}
