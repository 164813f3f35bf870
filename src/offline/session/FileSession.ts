import { PartFormatError } from "../../adapters/xlsx/package/xml";
import { UnreadableWorkbookError } from "../../adapters/xlsx/read/UnreadableWorkbookError";
import { XlsxWorkbook } from "../../adapters/xlsx/XlsxWorkbook";
import { analyseWorkbook } from "../../app/analyseWorkbook";
import type { BuildReport } from "../../app/AppServices";
import { buildFollowUpSheetsFrom } from "../../app/buildFollowUpSheets";
import { buildTablesFrom } from "../../app/buildTables";
import { followUpOfWorkbook } from "../../app/followUpOfWorkbook";
import { importSheet } from "../../app/importSheet";
import { insertTemplate } from "../../app/insertTemplate";
import { markIssueCells } from "../../app/markIssueCells";
import { overview } from "../../app/overview";
import { summarizeWorkbook } from "../../app/summarizeWorkbook";
import { validateWorkbook } from "../../app/validateWorkbook";
import { workbookTimeline } from "../../app/workbookTimeline";
import type { BuildResult, MadeFile, OfflineBackend, OnProgress, OpenedFile } from "./OfflineBackend";
import type { PlanBookUseCase } from "./PlanBookUseCase";
import { ReadOnceWorkbook } from "./ReadOnceWorkbook";
import { UnreadableFileError } from "./UnreadableFileError";

export interface FileSessionDeps {
  /** The plan book use case, when it is wired in (see PlanBookUseCase). */
  readonly book?: PlanBookUseCase;
  /** Random bytes for new workbook ids (the adapter's default: crypto.getRandomValues). */
  readonly random?: () => Uint8Array;
}

interface Opened {
  readonly bytes: Uint8Array;
  readonly file: XlsxWorkbook;
  readonly reads: ReadOnceWorkbook;
}

/** The adapter's reasons as the page's own error (the page never imports the adapter). */
function unreadable(error: unknown): unknown {
  return error instanceof UnreadableWorkbookError ? new UnreadableFileError(error.reason) : error;
}

/** A write into the user's package failed on something in the package itself, not in the plan. */
function packageRefused(error: unknown): boolean {
  return error instanceof UnreadableWorkbookError || error instanceof PartFormatError;
}

/**
 * The offline page's work on one workbook file, over the file adapter, in whatever thread runs it
 * (the page's worker; the component tests call it directly). The file's bytes are never changed: reads
 * go through one cached view of them, and each download is made on a fresh copy of them.
 */
export class FileSession implements OfflineBackend {
  private opened: Opened | null = null;
  private progress: OnProgress | undefined;

  constructor(private readonly deps: FileSessionDeps = {}) {}

  async open({ bytes }: { readonly bytes: Uint8Array }, onProgress?: OnProgress): Promise<OpenedFile> {
    onProgress?.({ phase: "open" });
    this.opened = null;
    let file: XlsxWorkbook;
    try {
      file = await XlsxWorkbook.fromBuffer(bytes, this.deps.random);
    } catch (error) {
      throw unreadable(error);
    }
    const reads = new ReadOnceWorkbook(file, () => this.progress?.({ phase: "read" }));
    this.opened = { bytes, file, reads };
    return {
      size: bytes.length,
      macroEnabled: file.macroEnabled,
      strict: file.strict,
      book: this.deps.book !== undefined,
    };
  }

  overview(_request?: undefined, onProgress?: OnProgress) {
    return this.reading(onProgress, (reads) => overview(reads));
  }

  validate({ today }: { readonly today: string }, onProgress?: OnProgress) {
    return this.reading(onProgress, (reads) => validateWorkbook(reads, today));
  }

  summarize({ edition }: { readonly edition: string | null }) {
    return this.reading(undefined, (reads) => summarizeWorkbook(reads, edition));
  }

  timeline({ edition, today }: { readonly edition: string; readonly today: string }) {
    return this.reading(undefined, (reads) => workbookTimeline(reads, edition, today));
  }

  async blankTemplate(): Promise<MadeFile> {
    const book = XlsxWorkbook.create(this.deps.random);
    await insertTemplate(book);
    return { bytes: await book.toBuffer(), macroEnabled: false };
  }

  async withTemplate() {
    const copy = await this.copy();
    const report = await this.writing(() => insertTemplate(copy));
    return { report, file: await this.made(copy) };
  }

  async importSheet() {
    const copy = await this.copy();
    const report = await this.writing(() => importSheet(copy, null));
    return { report, file: report.outcome === "imported" ? await this.made(copy) : null };
  }

  async markedCopy(
    { issues, language }: Parameters<OfflineBackend["markedCopy"]>[0],
    onProgress?: OnProgress,
  ) {
    const copy = await this.copy();
    onProgress?.({ phase: "mark" });
    const report = await this.writing(() => markIssueCells(copy, issues, language));
    onProgress?.({ phase: "pack" });
    return { report, file: await this.made(copy) };
  }

  async build(
    { options, generatedAt }: Parameters<OfflineBackend["build"]>[0],
    onProgress?: OnProgress,
  ): Promise<BuildResult> {
    const analysis = await this.reading(onProgress, (reads) => analyseWorkbook(reads));
    const clock = () => generatedAt;
    return this.sheetsInCopy(
      (port) => buildTablesFrom(port, analysis, options, clock, onProgress),
      onProgress,
    );
  }

  followUp({ edition, today }: Parameters<OfflineBackend["followUp"]>[0]) {
    return this.reading(undefined, (reads) => followUpOfWorkbook(reads, edition, today));
  }

  async followUpSheets(
    { options, generatedAt }: Parameters<OfflineBackend["followUpSheets"]>[0],
    onProgress?: OnProgress,
  ): Promise<BuildResult> {
    const analysis = await this.reading(onProgress, (reads) => analyseWorkbook(reads));
    const clock = () => generatedAt;
    return this.sheetsInCopy((port) => buildFollowUpSheetsFrom(port, analysis, options, clock), onProgress);
  }

  /**
   * Generated sheets written into a copy of the user's workbook; when its package cannot take them
   * (Strict Open XML, or a part the adapter refuses), into a workbook of those sheets only.
   */
  private async sheetsInCopy(
    write: (port: XlsxWorkbook) => Promise<BuildReport>,
    onProgress: OnProgress | undefined,
  ): Promise<BuildResult> {
    const { file } = this.current();
    if (!file.strict) {
      const copy = await this.copy();
      try {
        const report = await write(copy);
        return {
          report,
          file: report.blockingIssues.length > 0 ? null : await this.made(copy, onProgress),
          tablesOnly: false,
        };
      } catch (error) {
        if (!packageRefused(error)) throw unreadable(error);
        // The user's package could not take the sheets: fall through to a workbook of the tables only.
      }
    }
    const tables = XlsxWorkbook.create(this.deps.random);
    const report = await write(tables);
    return {
      report,
      file:
        report.blockingIssues.length > 0
          ? null
          : { ...(await this.made(tables, onProgress)), macroEnabled: false },
      tablesOnly: true,
    };
  }

  async book(request: Parameters<OfflineBackend["book"]>[0], onProgress?: OnProgress) {
    const book = this.deps.book;
    if (!book) throw new Error("The plan book is not in this version of the page");
    const analysis = await this.reading(onProgress, (reads) => analyseWorkbook(reads));
    const copy = await this.copy();
    const { generatedAt, ...choices } = request;
    const result = await this.writing(() => book(copy, analysis, choices, () => generatedAt));
    return {
      ...result,
      file: result.blockingIssues.length > 0 ? null : await this.made(copy, onProgress),
    };
  }

  private current(): Opened {
    if (!this.opened) throw new Error("No workbook is open");
    return this.opened;
  }

  /** A read of the file as opened; `onProgress` hears "read" when the tables are parsed, then "check". */
  private async reading<T>(
    onProgress: OnProgress | undefined,
    read: (reads: ReadOnceWorkbook) => Promise<T>,
  ) {
    const { reads } = this.current();
    this.progress = onProgress;
    try {
      const result = read(reads);
      onProgress?.({ phase: "check" });
      return await result;
    } finally {
      this.progress = undefined;
    }
  }

  /**
   * A fresh copy of the file as opened to write into (its bytes are shared, never changed: writes go
   * to new parts). A Strict Open XML file cannot take parts written in the transitional schema.
   */
  private async copy(): Promise<XlsxWorkbook> {
    const { bytes, file } = this.current();
    if (file.strict) throw new UnreadableFileError("strict");
    return XlsxWorkbook.fromBuffer(bytes, this.deps.random);
  }

  private async writing<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      throw unreadable(error);
    }
  }

  private async made(book: XlsxWorkbook, onProgress?: OnProgress): Promise<MadeFile> {
    onProgress?.({ phase: "pack" });
    return { bytes: await book.toBuffer(), macroEnabled: book.macroEnabled };
  }
}
