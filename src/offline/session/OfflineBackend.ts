import type {
  BuildOptions,
  BuildProgress,
  BuildReport,
  PlanOverview,
  ValidationReport,
} from "../../app/AppServices";
import type { FollowUpSheetOptions } from "../../app/buildFollowUpSheets";
import type { FollowUpView } from "../../app/followUpOfWorkbook";
import type { ImportReport } from "../../app/importSheet";
import type { MarkIssuesReport } from "../../app/markIssueCells";
import type { TemplateReport } from "../../app/WorkbookPort";
import type { TimelineStep } from "../../domain/editions/TimelineStep";
import type { IsoDate } from "../../domain/model/plan";
import type { PlanSummary } from "../../domain/rollup/PlanSummary";
import type { Issue } from "../../domain/validate/Issue";
import type { Language } from "../../messages/Language";
import type { PrintChoices } from "../../app/PrintChoices";

/** The opened workbook file, as the page tells the user about it. */
export interface OpenedFile {
  readonly size: number;
  /** .xlsm: copies keep the extension (and the macros). */
  readonly macroEnabled: boolean;
  /**
   * "Strict Open XML": it reads, but no part can be written into it, so a copy with the tables cannot
   * keep the user's sheets: the build gives a workbook of the tables only, and says so.
   */
  readonly strict: boolean;
  /** The whole plan book can be made (the book use case is wired in). */
  readonly book: boolean;
}

/** A workbook made for the user to download; the page names it. */
export interface MadeFile {
  readonly bytes: Uint8Array;
  readonly macroEnabled: boolean;
}

/** What the work is doing now, for the page's progress: the build's own steps, or a phase of the others. */
export type WorkProgress = BuildProgress | { readonly phase: "open" | "read" | "check" | "mark" | "pack" };

export type OnProgress = (progress: WorkProgress) => void;

export interface BuildResult {
  readonly report: BuildReport;
  /** null when the plan's errors stopped the build. */
  readonly file: MadeFile | null;
  /** The copy could not keep the user's workbook (see OpenedFile.strict): the file holds the tables only. */
  readonly tablesOnly: boolean;
}

export interface BookRequest extends PrintChoices {
  readonly edition: string;
  readonly generatedAt: string;
}

export interface BookResult {
  readonly sheets: readonly string[];
  readonly blockingIssues: readonly Issue[];
  readonly file: MadeFile | null;
}

/**
 * Everything the offline page does with a workbook file, as requests of plain data (so that it can run
 * in a worker: each call is one message and its answer). Reads work on the file as opened; every
 * download is made from the file as opened plus that one change, never from an earlier download.
 */
export interface OfflineBackend {
  /** @throws UnreadableFileError when the file is not a workbook this tool can read (and says why) */
  open(request: { readonly bytes: Uint8Array }, onProgress?: OnProgress): Promise<OpenedFile>;
  overview(request?: undefined, onProgress?: OnProgress): Promise<PlanOverview>;
  validate(request: { readonly today: IsoDate }, onProgress?: OnProgress): Promise<ValidationReport>;
  summarize(request: { readonly edition: string | null }): Promise<PlanSummary>;
  timeline(request: { readonly edition: string; readonly today: IsoDate }): Promise<TimelineStep[]>;
  /** A new workbook holding the template's sheets and tables (no file needs to be open). */
  blankTemplate(): Promise<MadeFile>;
  /** The user's workbook with the missing template sheets and tables added, everything else as it was. */
  withTemplate(): Promise<{ readonly report: TemplateReport; readonly file: MadeFile }>;
  /** The user's workbook with its hand-made ผด.02 imported into the template tables (file null when refused). */
  importSheet(): Promise<{ readonly report: ImportReport; readonly file: MadeFile | null }>;
  /** The user's workbook with each issue's cell filled and noted, in `language`. */
  markedCopy(
    request: { readonly issues: readonly Issue[]; readonly language: Language },
    onProgress?: OnProgress,
  ): Promise<{ readonly report: MarkIssuesReport; readonly file: MadeFile }>;
  /** The user's workbook with the official tables added. */
  build(
    request: { readonly options: BuildOptions; readonly generatedAt: string },
    onProgress?: OnProgress,
  ): Promise<BuildResult>;
  /** The follow-up of one edition (or all, when null) as of `today`, with the rounds' deadlines. */
  followUp(request: { readonly edition: string | null; readonly today: IsoDate }): Promise<FollowUpView>;
  /** The user's workbook with the follow-up report sheets added. */
  followUpSheets(
    request: { readonly options: FollowUpSheetOptions; readonly generatedAt: string },
    onProgress?: OnProgress,
  ): Promise<BuildResult>;
  /** The user's workbook with the whole plan book of one edition. */
  book(request: BookRequest, onProgress?: OnProgress): Promise<BookResult>;
}
