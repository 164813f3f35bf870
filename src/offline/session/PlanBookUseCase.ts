import type { PrintChoices } from "../../app/PrintChoices";
import type { WorkbookAnalysis } from "../../app/analyseWorkbook";
import type { WorkbookPort } from "../../app/WorkbookPort";
import type { Issue } from "../../domain/validate/Issue";

/**
 * The plan book (cover, notice, คำนำ, สารบัญ, บทนำ and the tables of one edition, paged as one book) as
 * the offline page calls it: written into `port`, refused with the plan's errors like the tables. The
 * worker's composition root (worker/worker.ts, via worker/planBook.ts) passes the app's use case in;
 * a page built without it shows the book's button as not available.
 */
export type PlanBookUseCase = (
  port: WorkbookPort,
  analysis: WorkbookAnalysis,
  request: PrintChoices & { readonly edition: string },
  clock: () => string,
) => Promise<{ readonly sheets: readonly string[]; readonly blockingIssues: readonly Issue[] }>;
