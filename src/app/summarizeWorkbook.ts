import type { Plan } from "../domain/model/plan";
import type { PlanSummary } from "../domain/rollup/PlanSummary";
import { rollupPlan } from "../domain/rollup/rollupPlan";
import { analyseWorkbook } from "./analyseWorkbook";
import type { WorkbookPort } from "./WorkbookPort";

/**
 * Roll-ups of one edition, or of all editions together when `edition` is null. Rows with errors in
 * their key fields are left out (validation says why), so totals run even on an imperfect plan.
 */
export async function summarizeWorkbook(port: WorkbookPort, edition: string | null): Promise<PlanSummary> {
  return (await summarizeWorkbookWithPlan(port, edition)).summary;
}

/** Same as `summarizeWorkbook`, with the plan it was made from (the summary JSON needs both). */
export async function summarizeWorkbookWithPlan(
  port: WorkbookPort,
  edition: string | null,
): Promise<{ summary: PlanSummary; plan: Plan }> {
  const { plan } = await analyseWorkbook(port);
  return { summary: rollupPlan(plan, { edition, excludeUnbudgeted: false }), plan };
}
