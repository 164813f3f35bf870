/**
 * What the running Excel can do, decided once at start-up from requirement sets. The adapter
 * degrades per feature (never fails) and reports what the user must do by hand instead.
 */
export interface OfficeCapabilities {
  /** ExcelApi 1.7 (Office 2019): the floor the add-in needs at all. */
  readonly supported: boolean;
  /** ExcelApi 1.8: list data validation (dropdowns). */
  readonly dataValidation: boolean;
  /** ExcelApi 1.8: `context.runtime.enableEvents`. */
  readonly toggleEvents: boolean;
  /** ExcelApi 1.9: `worksheet.pageLayout`, print titles, page breaks. */
  readonly pageLayout: boolean;
  /** ExcelApi 1.9: `worksheet.getRanges` (RangeAreas), so one object can format many areas. */
  readonly rangeAreas: boolean;
  /** ExcelApi 1.9: `range.setCellProperties`, `format.indentLevel`. */
  readonly cellProperties: boolean;
  /** ExcelApi 1.9: `application.suspendScreenUpdatingUntilNextSync`. */
  readonly suspendScreenUpdating: boolean;
}

/** The shape of `Office.context.requirements.isSetSupported`. */
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

/** @example detectCapabilities(Office.context.requirements.isSetSupported.bind(Office.context.requirements)) */
export function detectCapabilities(isSetSupported: IsSetSupported): OfficeCapabilities {
  const v17 = isSetSupported("ExcelApi", "1.7");
  const v18 = v17 && isSetSupported("ExcelApi", "1.8");
  const v19 = v18 && isSetSupported("ExcelApi", "1.9");
  return {
    supported: v17,
    dataValidation: v18,
    toggleEvents: v18,
    pageLayout: v19,
    rangeAreas: v19,
    cellProperties: v19,
    suspendScreenUpdating: v19,
  };
}

/** Capabilities of a given ExcelApi version, for tests and the benchmark. */
export function capabilitiesOf(version: "1.6" | "1.7" | "1.8" | "1.9"): OfficeCapabilities {
  const minor = Number(version.split(".")[1]);
  return detectCapabilities(
    (name, min) => name === "ExcelApi" && Number((min ?? "1.1").split(".")[1]) <= minor,
  );
}
