import type { IssueLocation, Issue } from "../domain/validate/Issue";
import type { PlanSummary } from "../domain/rollup/PlanSummary";
import type { TemplateReport } from "./WorkbookPort";

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
}

export interface ValidationReport {
  readonly issues: readonly Issue[];
  readonly errorCount: number;
  readonly warningCount: number;
}

export type FontChoice = "TH SarabunPSK" | "TH SarabunIT๙";

export interface BuildOptions {
  /** Editions to build; each gets ผด.01, ผด.02, ผด.02-1 and ประกาศ. */
  readonly editions: readonly string[];
  /** Also build the consolidated set (ฉบับรวม). */
  readonly consolidated: boolean;
  readonly thaiDigits: boolean;
  readonly excludeUnbudgeted: boolean;
  readonly font: FontChoice;
}

export interface BuildProgress {
  readonly done: number;
  readonly total: number;
  /** What is being done now, as data (sheet name). */
  readonly sheet: string;
}

export interface BuildReport {
  readonly sheets: readonly string[];
  /** Errors that stopped the build (nothing was written); empty on success. */
  readonly blockingIssues: readonly Issue[];
}

export interface AppServices {
  overview(): Promise<PlanOverview>;
  insertTemplate(): Promise<TemplateReport>;
  validate(): Promise<ValidationReport>;
  summarize(edition: string | null): Promise<PlanSummary>;
  buildTables(options: BuildOptions, onProgress?: (progress: BuildProgress) => void): Promise<BuildReport>;
  selectCell(location: IssueLocation): Promise<void>;
  highlightIssues(issues: readonly Issue[]): Promise<void>;
  clearHighlights(): Promise<void>;
}
