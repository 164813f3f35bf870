import type { PrintSpec } from "../domain/layout/SheetSpec";

/**
 * Codes for features an older Excel cannot apply (the Office adapter reports them; the task pane turns
 * them into Thai/English text). They live here so the UI needs no import from an adapter.
 */
export const DEGRADED = {
  /** Dropdown lists need ExcelApi 1.8 (Office 2021 / Microsoft 365). */
  dropdowns: "office.degraded.dropdowns-need-excelapi-1.8",
  /** Page setup (paper, orientation, fit, print titles, margins, breaks) needs ExcelApi 1.9. */
  printSetup: "office.degraded.print-setup-needs-excelapi-1.9",
  /** Cell indents need ExcelApi 1.9. */
  indent: "office.degraded.indent-needs-excelapi-1.9",
  /** The workbook refused to move the tabs (e.g. its structure is protected): the user puts them in order. */
  sheetOrder: "office.degraded.sheet-order-by-hand",
} as const;
export type DegradedFeature = (typeof DEGRADED)[keyof typeof DEGRADED];

/** The page setup to make by hand in Page Layout, as the values to type there. */
export interface PrintSetupByHand {
  readonly paper: PrintSpec["paper"];
  readonly orientation: PrintSpec["orientation"];
  /** 1: fit all columns on one page wide; 0: no fitting. */
  readonly fitToPagesWide: number;
  readonly marginTopInches: number;
  readonly marginBottomInches: number;
  readonly marginLeftInches: number;
  readonly marginRightInches: number;
  /** Rows to repeat at the top, e.g. "$1:$6". */
  readonly printTitleRows?: string;
  /** Rows that start a new page, e.g. "20, 41". */
  readonly pageBreaksBeforeRows?: string;
  readonly footerCenter?: string;
  readonly headerRight?: string;
  /** The number the sheet's first page prints (the book counts on across its sheets). */
  readonly firstPageNumber?: number;
  /** "Different first page": page 1 prints no header (the book's first page of each part). */
  readonly noHeaderOnFirstPage?: true;
  /** The footer's page number set in this font (TH SarabunIT๙: its digits print as Thai digits). */
  readonly pageNumberFont?: string;
}

/** The values each feature's manual step carries, by feature: a new feature is one line here. */
export interface ManualStepParams {
  readonly [DEGRADED.printSetup]: PrintSetupByHand;
  readonly [DEGRADED.indent]: Readonly<Record<string, never>>;
  readonly [DEGRADED.dropdowns]: Readonly<Record<string, never>>;
  /** The tabs in the order to put them, e.g. "ปก, ประกาศ, คำนำ". */
  readonly [DEGRADED.sheetOrder]: { readonly order: string };
}

/** Features whose manual step carries no values: the sentence alone says what to do. */
export type DegradedFeatureWithoutValues = {
  [C in DegradedFeature]: Record<string, never> extends ManualStepParams[C] ? C : never;
}[DegradedFeature];
