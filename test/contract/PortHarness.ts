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
  /**
   * The user types values on a sheet from `topLeft` (A1), outside the port (tables do not grow: what
   * LibreOffice and many pastes leave); returns the workbook as the next reader sees it.
   */
  type(port: WorkbookPort, sheet: string, topLeft: string, rows: UserRows): Promise<WorkbookPort>;
  /** The user merges a range (A1, e.g. "F5:F6"): its top-left value stays, the others go (as in Excel). */
  merge(port: WorkbookPort, sheet: string, range: string): Promise<WorkbookPort>;
  /** Whether this host can say which cells are merged (Office: ExcelApi 1.13; files: always). */
  readonly readsMerges: boolean;
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
