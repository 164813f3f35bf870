import type { AppServices } from "./AppServices";
import { buildTables } from "./buildTables";
import type { CellNavigator } from "./CellNavigator";
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
}

/** The task pane's services over one workbook (the composition root passes the Office adapter). */
export function createAppServices({ workbook, navigator, clock }: AppServicesDeps): AppServices {
  return {
    overview: () => overview(workbook),
    insertTemplate: () => insertTemplate(workbook),
    validate: () => validateWorkbook(workbook),
    summarize: (edition) => summarizeWorkbook(workbook, edition),
    buildTables: (options, onProgress) => buildTables(workbook, options, clock, onProgress),
    selectCell: (location) => navigator.selectCell(location),
    highlightIssues: (issues) => navigator.highlightIssues(issues),
    clearHighlights: () => navigator.clearHighlights(),
  };
}
