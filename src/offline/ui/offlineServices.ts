import type { PrintChoices } from "../../app/PrintChoices";
import type { BuildProgress } from "../../app/AppServices";
import type { Issue } from "../../domain/validate/Issue";
import type { Language } from "../../messages/Language";
import { UNREADABLE_FILE_TEXT } from "../../messages/unreadableFileText";
import type { TaskPaneServices } from "../../taskpane/TaskPaneServices";
import type { MadeFile, OfflineBackend, WorkProgress } from "../session/OfflineBackend";
import { UnreadableFileError } from "../session/UnreadableFileError";
import type { BookOutcome } from "./BookSection";
import { type DownloadKind, downloadName } from "./downloadName";
import { PAGE_TEXT } from "./pageText";

/** A file for the user to download. */
export interface NamedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What the page shows after a download: which file, and what the user must know about it. */
export interface DownloadNotice {
  readonly name: string;
  /** The copy could not keep the user's workbook: it holds the tables only. */
  readonly tablesOnly?: boolean;
  /** Issues the marked copy cannot show at a cell. */
  readonly unmarked?: number;
}

/** Where the page shows a download's note: under the step that made it. */
export type NoticeKind = "template" | "marked" | "build" | "report";

export interface OfflineServicesDeps {
  readonly backend: OfflineBackend;
  readonly save: (file: NamedFile) => void;
  /** The language now (notes and file names are made in it). */
  readonly language: () => Language;
  /** The name of the file the user opened. */
  readonly fileName: () => string;
  readonly notify: (kind: NoticeKind, notice: DownloadNotice) => void;
  /** Today in the user's time zone (YYYY-MM-DD) and the instant now (ISO), for deadlines and owner marks. */
  readonly today: () => string;
  readonly now: () => string;
}

const isBuildProgress = (progress: WorkProgress): progress is BuildProgress =>
  progress.phase === "layout" || progress.phase === "write";

/** The pane's services, and the plan book as the page downloads it (with step 4's print choices). */
export interface OfflinePageServices extends TaskPaneServices {
  book(edition: string, choices: PrintChoices): Promise<BookOutcome>;
}

/**
 * The task pane's services over the page's worker, so the pane's own sections run on a file: reads
 * answer from the file as opened; what changes the workbook in the pane makes a copy here and
 * downloads it (insert template, import, highlight = the marked copy, build). Cells cannot be
 * selected in a file, so those calls do nothing (the page shows the cells instead).
 */
export function offlineServices(deps: OfflineServicesDeps): OfflinePageServices {
  const { backend } = deps;
  const text = () => PAGE_TEXT[deps.language()];
  /** An unreadable-file error says which and what to do, in the language of the moment. */
  const said = async <T>(work: Promise<T>): Promise<T> => {
    try {
      return await work;
    } catch (error) {
      if (error instanceof UnreadableFileError)
        throw new Error(UNREADABLE_FILE_TEXT[deps.language()][error.reason](deps.fileName()));
      throw error;
    }
  };
  const download = (file: MadeFile, kind: DownloadKind): string => {
    const name = downloadName(deps.fileName(), kind, text(), file.macroEnabled);
    deps.save({ name, bytes: file.bytes });
    return name;
  };
  return {
    overview: () => said(backend.overview()),
    validate: () => said(backend.validate({ today: deps.today() })),
    summarize: (edition) => said(backend.summarize({ edition })),
    timeline: (edition) => said(backend.timeline({ edition, today: deps.today() })),
    async insertTemplate() {
      const { report, file } = await said(backend.withTemplate());
      deps.notify("template", { name: download(file, "template") });
      return report;
    },
    async importActiveSheet() {
      const { report, file } = await said(backend.importSheet());
      if (file) deps.notify("template", { name: download(file, "imported") });
      return report;
    },
    async highlightIssues(issues: readonly Issue[]) {
      const { report, file } = await said(backend.markedCopy({ issues, language: deps.language() }));
      deps.notify("marked", { name: download(file, "marked"), unmarked: report.unmarked.length });
    },
    async clearHighlights() {
      // A marked copy is a new file: there is nothing to clear in the file as opened.
    },
    async selectCell() {
      // A file has no selection; the page lists each issue's cell instead.
    },
    async buildTables(options, onProgress) {
      const { report, file, tablesOnly } = await said(
        backend.build({ options, generatedAt: deps.now() }, (progress) => {
          if (isBuildProgress(progress)) onProgress?.(progress);
        }),
      );
      if (file)
        deps.notify("build", { name: download(file, tablesOnly ? "tablesOnly" : "tables"), tablesOnly });
      return report;
    },
    followUp: (edition) => said(backend.followUp({ edition, today: deps.today() })),
    async buildFollowUpSheets(options) {
      const { report, file, tablesOnly } = await said(
        backend.followUpSheets({ options, generatedAt: deps.now() }),
      );
      if (file)
        deps.notify("report", { name: download(file, tablesOnly ? "reportsOnly" : "reports"), tablesOnly });
      return report;
    },
    async book(edition, choices) {
      const request = { ...choices, edition, generatedAt: deps.now() };
      const { sheets, blockingIssues, file } = await said(backend.book(request));
      return { sheets, blockingIssues, name: file ? download(file, "book") : null };
    },
  };
}
