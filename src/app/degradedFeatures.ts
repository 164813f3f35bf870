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
} as const;
