import type { Plan } from "../model/plan";
import type { ParsedWorkbook } from "../parse/ParsedWorkbook";
import type { Issue } from "./Issue";

/** What every rule sees: the workbook as read (cells, typed text) and the plan built from it. */
export interface RuleContext {
  readonly parsed: ParsedWorkbook;
  readonly plan: Plan;
}

/** One check: returns its issues, or none when it does not apply. Rules never change data. */
export type Rule = (context: RuleContext) => Issue[];
