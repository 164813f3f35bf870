import type { WorkbookPort } from "../../src/app/WorkbookPort";

/** Rows of plain values from A1, for a user's own sheet. */
export type UserRows = readonly (readonly (string | number | null)[])[];

/**
 * How the contract suite gets a workbook of one adapter. Everything else the suite does goes through
 * `WorkbookPort` only, so the adapters are held to the same behaviour.
 */
export interface PortHarness {
  readonly name: string;
  /** A workbook with the user's sheets given (values from A1); `{ Sheet1: [] }` is a new, empty one. */
  open(userSheets: Readonly<Record<string, UserRows>>): Promise<WorkbookPort>;
  /** The same workbook as the next reader sees it (a file: saved to bytes and opened again). */
  reopen(port: WorkbookPort): Promise<WorkbookPort>;
  /** What `insertTemplate` must report as not done on this host (dropdowns need ExcelApi 1.8). */
  readonly degradedTemplate: readonly string[];
  /** Whether page setup is left to the user (ExcelApi below 1.9); files carry every print setting. */
  readonly printSetupByHand: boolean;
  /**
   * Contract tests this adapter is known to fail, by test title, with what it must do to pass. They run as
   * `it.failing`: the day the adapter passes one, the suite fails until its entry here is removed.
   */
  readonly knownGaps?: Readonly<Record<string, string>>;
}
