import type { FontChoice } from "../../app/AppServices";
import type { WorkbookAnalysis } from "../../app/analyseWorkbook";
import type { WorkbookPort } from "../../app/WorkbookPort";
import type { Issue } from "../../domain/validate/Issue";

/**
 * The plan book (issue #16: cover, notice, คำนำ, สารบัญ, บทนำ and the tables of one edition, paged as one
 * book) as the offline page calls it: written into `port`, refused with the plan's errors like the
 * tables. Its use case is built on another branch; the worker's composition root (worker/worker.ts,
 * via worker/planBook.ts) passes it in, and until then the page shows the book's button as not yet
 * available.
 */
export type PlanBookUseCase = (
  port: WorkbookPort,
  analysis: WorkbookAnalysis,
  request: { readonly edition: string; readonly thaiDigits: boolean; readonly font: FontChoice },
  clock: () => string,
) => Promise<{ readonly sheets: readonly string[]; readonly blockingIssues: readonly Issue[] }>;
