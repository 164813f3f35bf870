import type { AppServices } from "./AppServices";
import { todayFromClock } from "./analyseWorkbook";
import type { CellNavigator } from "./CellNavigator";
import { followUpOfWorkbook } from "./followUpOfWorkbook";
import { insertTemplate } from "./insertTemplate";
import { overview } from "./overview";
import { summarizeWorkbook } from "./summarizeWorkbook";
import { validateWorkbook } from "./validateWorkbook";
import type { WorkbookPort } from "./WorkbookPort";

export interface AppServicesDeps {
  readonly workbook: WorkbookPort;
  readonly navigator: CellNavigator;
  /** ISO timestamp for owner marks; injected so the core never reads the system clock. */
  readonly clock: () => string;
  /**
   * Today's civil date (YYYY-MM-DD) for edition deadlines; the pane passes the user's local date.
   * Without it, the date in Thailand at `clock()` is used.
   */
  readonly today?: () => string;
}

/** The task pane's services over one workbook (the composition root passes the Office adapter). */
// The writers and importers load when first used (dynamic imports: their own chunks in the pane), so the
// pane's first screen does not carry the layouts of every printed sheet.
export function createAppServices({ workbook, navigator, clock, today }: AppServicesDeps): AppServices {
  const todayNow = (): string | null => (today ? today() : todayFromClock(clock));
  return {
    overview: () => overview(workbook),
    insertTemplate: () => insertTemplate(workbook),
    importActiveSheet: async () =>
      (await import("./importSheet")).importSheet(workbook, await workbook.activeSheetName()),
    validate: () => validateWorkbook(workbook, todayNow()),
    summarize: (edition) => summarizeWorkbook(workbook, edition),
    buildTables: async (options, onProgress) =>
      (await import("./buildTables")).buildTables(workbook, options, clock, onProgress),
    // Without any date the follow-up is as of the clock's day in Thailand (never null in practice).
    followUp: (edition) => followUpOfWorkbook(workbook, edition, todayNow() ?? clock().slice(0, 10)),
    buildFollowUpSheets: async (options) =>
      (await import("./buildFollowUpSheets")).buildFollowUpSheets(workbook, options, clock),
    buildBook: async (options) => (await import("./buildBook")).buildBook(workbook, options, clock),
    selectCell: (location) => navigator.selectCell(location),
    highlightIssues: (issues) => navigator.highlightIssues(issues),
    clearHighlights: () => navigator.clearHighlights(),
    fillDevPlanRef: async (issue) => (await import("./fillDevPlanRef")).fillDevPlanRef(workbook, issue),
    importDevPlanSheet: async () =>
      (await import("./importDevPlan")).importDevPlan(workbook, { sheet: await workbook.activeSheetName() }),
    editionChanges: async (edition) =>
      (await import("./editionChangesOf")).editionChangesOf(workbook, edition),
  };
}
