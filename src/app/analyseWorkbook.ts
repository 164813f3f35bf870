import { analysePlanWith, ANALYSIS_RULES } from "../domain/analysePlan";
import type { TableGrid } from "../domain/grid/TableGrid";
import { editionIssues } from "../domain/editions/editionIssues";
import { inputFingerprint } from "../domain/layout/inputFingerprint";
import { bangkokDateTime } from "../domain/layout/ownerMark";
import type { EditionDateField } from "../domain/model/editionDateFields";
import type { IsoDate, Plan } from "../domain/model/plan";
import type { Issue } from "../domain/validate/Issue";
import type { Rule } from "../domain/validate/Rule";
import { behindSchedule } from "../domain/validate/rules/behindSchedule";
import { readPlanTables } from "./readPlanTables";
import type { WorkbookPort } from "./WorkbookPort";

export { PLAN_TABLE_NAMES } from "./readPlanTables";

/**
 * The posting period is recorded on the notice board after the plan is announced, and plan workbooks
 * are usually checked before that; a missing posting date is therefore no mistake in the plan. The
 * pane's timeline still shows the posting steps as due. Recorded posting dates are checked as usual.
 */
const UNREPORTED_MISSING_DATES: ReadonlySet<EditionDateField> = new Set(["postingStart", "postingEnd"]);

function deadlineRule(today: IsoDate | null): Rule {
  return ({ plan }) =>
    editionIssues(plan, today).filter(
      (issue) => !(issue.code === "edition-date-missing" && UNREPORTED_MISSING_DATES.has(issue.params.field)),
    );
}

/**
 * Today's date in Thailand from an injected ISO clock: a deadline is a Thai calendar day, so a check
 * at 20:00 UTC already counts the next day. Null when the clock gives no timestamp.
 * @example todayFromClock(() => "2026-11-27T20:00:00Z") //=> "2026-11-28"
 */
export function todayFromClock(clock: () => string): IsoDate | null {
  return bangkokDateTime(clock())?.date ?? null;
}

export interface WorkbookAnalysis {
  readonly plan: Plan;
  readonly issues: Issue[];
  /** inputFingerprint() of the tables read: generated sheets carry it, so staleness can be told later. */
  readonly inputFingerprint: string;
}

/**
 * Reads the template tables and analyses them, edition deadlines (and, with a date, projects behind
 * schedule) included.
 * @param today the date deadlines are measured against (from the injected clock; the core never reads
 *   one). Null: every missing procedure date counts as overdue.
 * @throws TemplateStructureError when a required table or header is missing.
 */
export async function analyseWorkbook(
  port: WorkbookPort,
  today: IsoDate | null = null,
): Promise<WorkbookAnalysis> {
  const { tables, notes } = await readPlanTables(port);
  return analyseTables(tables, today, notes);
}

/**
 * The analysis of template tables already read (a caller that needs the raw tables too reads them once).
 * @throws TemplateStructureError when a required table or header is missing.
 */
export function analyseTables(
  tables: readonly TableGrid[],
  today: IsoDate | null = null,
  notes: readonly Issue[] = [],
): WorkbookAnalysis {
  const { plan, issues } = analysePlanWith(tables, [
    ...ANALYSIS_RULES,
    deadlineRule(today),
    ...(today === null ? [] : [behindSchedule(today)]),
    () => [...notes],
  ]);
  return { plan, issues, inputFingerprint: inputFingerprint(tables) };
}
