import { buildBook } from "../../app/buildBook";
import type { PlanBookUseCase } from "../session/PlanBookUseCase";

/**
 * The plan book for the offline page: the same use case as the CLI's `book` and the pane's ทั้งเล่ม,
 * written into the page's copy of the file. The pictures come from the settings sheet (the page has no
 * file options for them); the book's own read of the copy is what it lays out.
 */
export const PLAN_BOOK: PlanBookUseCase = async (port, _analysis, request, clock) => {
  const report = await buildBook(port, request, clock);
  return { sheets: report.sheets, blockingIssues: report.blockingIssues };
};
