import type { OfficeCapabilities } from "../capabilities";

/** Excel neither recalculates nor (ExcelApi 1.9) repaints while the next request is applied. */
export function suspendUntilNextSync(context: Excel.RequestContext, capabilities: OfficeCapabilities): void {
  context.workbook.application.suspendApiCalculationUntilNextSync();
  if (capabilities.suspendScreenUpdating) context.workbook.application.suspendScreenUpdatingUntilNextSync();
}
