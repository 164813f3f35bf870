/**
 * What the running Excel can do, decided once at start-up from requirement sets. The adapter
 * degrades per feature (never fails) and reports what the user must do by hand instead.
 *
 * Each flag carries `@apiSet` with the set it stands for: a member of that set or older may be used in
 * code behind the flag (test/requirementSets checks every Excel.* member the adapter uses against it).
 */
export interface OfficeCapabilities {
  /**
   * ExcelApi 1.7 (Office 2019): the floor the add-in needs at all.
   * @apiSet ExcelApi 1.7
   */
  readonly supported: boolean;
  /**
   * ExcelApi 1.8: list data validation (dropdowns).
   * @apiSet ExcelApi 1.8
   */
  readonly dataValidation: boolean;
  /**
   * ExcelApi 1.8: `context.runtime.enableEvents`.
   * @apiSet ExcelApi 1.8
   */
  readonly toggleEvents: boolean;
  /**
   * ExcelApi 1.9: `worksheet.pageLayout`, print titles, page breaks.
   * @apiSet ExcelApi 1.9
   */
  readonly pageLayout: boolean;
  /**
   * ExcelApi 1.9: `worksheet.getRanges` (RangeAreas), so one object can format many areas.
   * @apiSet ExcelApi 1.9
   */
  readonly rangeAreas: boolean;
  /**
   * ExcelApi 1.9: `range.setCellProperties` / `getCellProperties`, `format.indentLevel`.
   * @apiSet ExcelApi 1.9
   */
  readonly cellProperties: boolean;
  /**
   * ExcelApi 1.9: `application.suspendScreenUpdatingUntilNextSync`.
   * @apiSet ExcelApi 1.9
   */
  readonly suspendScreenUpdating: boolean;
  /**
   * ExcelApi 1.9: `worksheet.shapes` (pictures placed with `addImage`, read back with `getAsImage`).
   * @apiSet ExcelApi 1.9
   */
  readonly images: boolean;
  /**
   * ExcelApi 1.13: `table.resize`. Without it appended rows are covered by re-creating the table.
   * @apiSet ExcelApi 1.13
   */
  readonly tableResize: boolean;
  /**
   * ExcelApi 1.13: `range.getMergedAreasOrNullObject`. Without it imports read no merges.
   * @apiSet ExcelApi 1.13
   */
  readonly mergedAreas: boolean;
}

/** The shape of `Office.context.requirements.isSetSupported`. */
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

/** @example detectCapabilities(Office.context.requirements.isSetSupported.bind(Office.context.requirements)) */
export function detectCapabilities(isSetSupported: IsSetSupported): OfficeCapabilities {
  const v17 = isSetSupported("ExcelApi", "1.7");
  const v18 = v17 && isSetSupported("ExcelApi", "1.8");
  const v19 = v18 && isSetSupported("ExcelApi", "1.9");
  const v113 = v19 && isSetSupported("ExcelApi", "1.13");
  return {
    supported: v17,
    dataValidation: v18,
    toggleEvents: v18,
    pageLayout: v19,
    rangeAreas: v19,
    cellProperties: v19,
    suspendScreenUpdating: v19,
    images: v19,
    tableResize: v113,
    mergedAreas: v113,
  };
}
