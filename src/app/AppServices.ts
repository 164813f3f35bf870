import type { LayoutFont } from "../domain/layout/LayoutOptions";
import type { BookOptions, BookReport } from "./buildBook";
import type { PrintChoices } from "./PrintChoices";
import type { IssueLocation, Issue } from "../domain/validate/Issue";
import type { PlanSummary } from "../domain/rollup/PlanSummary";
import type { FollowUpSheetOptions } from "./buildFollowUpSheets";
import type { FollowUpView } from "./followUpOfWorkbook";
import type { EditionChangeView } from "./editionChangesOf";
import type { FillDevPlanRefReport } from "./fillDevPlanRef";
import type { DevPlanImportReport } from "./importDevPlan";
import type { ImportReport } from "./importSheet";
import type { ManualStep, TemplateReport, WriteProgress } from "./WorkbookPort";

/**
 * What the task pane can ask of the workbook, whatever hosts it. Built once in the composition root
 * (taskpane/index.tsx) from the Office adapter; the UI gets it through React context and fakes in tests.
 */
export interface PlanOverview {
  readonly organisationName: string;
  readonly fiscalYear: number | null;
  /** Edition codes found in the plan, main edition first. */
  readonly editions: readonly string[];
  /** Template tables present / missing in the workbook. */
  readonly templatePresent: boolean;
  readonly missingTables: readonly string[];
  /** inputFingerprint() of the input tables as they are now; null when they cannot be read as a plan. */
  readonly inputFingerprint: string | null;
  /** Sheets this tool generated, found by their owner marks (also those built before the pane opened). */
  readonly generatedSheets: readonly GeneratedSheet[];
}

export interface GeneratedSheet {
  readonly name: string;
  readonly edition: string;
  readonly generatedAt: string;
  /** The input it was built from; null for sheets built before fingerprints were written. */
  readonly inputFingerprint: string | null;
  /** Built from other data than the input tables hold now (or, without a fingerprint, unknown data). */
  readonly stale: boolean;
}

export interface ValidationReport {
  readonly issues: readonly Issue[];
  readonly errorCount: number;
  readonly warningCount: number;
}

/** The printed sheets' font: the layout's own choice of fonts. */
export type FontChoice = LayoutFont;

export interface BuildOptions extends PrintChoices {
  /** Editions to build; each gets ผด.01, ผด.02, ผด.02-1 and ประกาศ. */
  readonly editions: readonly string[];
  /** Also build the consolidated set (ฉบับรวม). */
  readonly consolidated: boolean;
}

/**
 * What a build is doing, as it really happens: every sheet is laid out first (quick, nothing written
 * yet), then all of them are written at once. `batches` counts the write's requests where the host
 * reports them, and is null until it does (the file adapter writes in one step and never does).
 */
export type BuildProgress =
  | { readonly phase: "layout"; readonly done: number; readonly total: number; readonly sheet: string }
  | { readonly phase: "write"; readonly sheets: number; readonly batches: WriteProgress | null };

export interface BuildReport {
  readonly sheets: readonly string[];
  /**
   * Generated sheets of editions the plan no longer has (renamed or taken out), deleted by this build
   * so that no out-of-date table stays behind.
   */
  readonly removedSheets: readonly string[];
  /** Errors that stopped the build (nothing was written); empty on success. */
  readonly blockingIssues: readonly Issue[];
  /** What this Excel could not set (e.g. page setup before ExcelApi 1.9): the user sets it by hand. */
  readonly manualSteps: readonly ManualStep[];
}

export interface AppServices {
  overview(): Promise<PlanOverview>;
  insertTemplate(): Promise<TemplateReport>;
  /** Imports the sheet the user is on as a hand-made ผด.02 into the template tables (see importSheet). */
  importActiveSheet(): Promise<ImportReport>;
  validate(): Promise<ValidationReport>;
  summarize(edition: string | null): Promise<PlanSummary>;
  buildTables(options: BuildOptions, onProgress?: (progress: BuildProgress) => void): Promise<BuildReport>;
  /** The follow-up of one edition (or all) as of today, with the follow-up rounds' deadlines. */
  followUp(edition: string | null): Promise<FollowUpView>;
  /** Writes the follow-up report sheets (refused, writing nothing, when the plan has errors). */
  buildFollowUpSheets(options: FollowUpSheetOptions): Promise<BuildReport>;
  /** The whole plan book of one edition (see buildBook); absent where the host does not offer it. */
  buildBook?(options: BookOptions): Promise<BookReport>;
  selectCell(location: IssueLocation): Promise<void>;
  highlightIssues(issues: readonly Issue[]): Promise<void>;
  clearHighlights(): Promise<void>;
  // The development-plan link (optional, so fakes and other hosts without it still type-check).
  /** Fills the reference a `dev-plan-ref-missing` issue suggests into its project's blank cells. */
  fillDevPlanRef?(issue: Issue): Promise<FillDevPlanRefReport>;
  /** Imports the sheet the user is on as a hand-made ผ.02 into DevPlanProjects (see importDevPlan). */
  importDevPlanSheet?(): Promise<DevPlanImportReport>;
  /** A เปลี่ยนแปลง or แก้ไข edition's rows against the projects they change (empty for other editions). */
  editionChanges?(edition: string): Promise<readonly EditionChangeView[]>;
}
