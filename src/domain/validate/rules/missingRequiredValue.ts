import type { SourceRef } from "../../model/SourceRef";
import type { Reading } from "../../parse/Reading";
import type { Issue } from "../Issue";
import { issueAt } from "../issueAt";
import type { Rule } from "../Rule";

type Check = readonly [field: string, blank: boolean];

/**
 * A required cell left blank is an error naming the field (params.field is the model field, the
 * message shows its header). A blank budget on a ไม่ใช้งบประมาณ/หน่วยงานอื่น row already reads as 0.
 */
export const missingRequiredValue: Rule = ({ parsed }) => [
  ...parsed.strategies.flatMap((s) =>
    missing(s.ref, [
      ["number", isBlankReading(s.number)],
      ["name", s.name === ""],
    ]),
  ),
  ...parsed.projects.flatMap((p) =>
    missing(p.ref, [
      ["strategyNumber", isBlankReading(p.strategyNumber)],
      ["workPlan", isBlankReading(p.workPlan)],
      ["name", p.name === ""],
      ["budget", isBlankReading(p.budget)],
      ["fundingSource", isBlankReading(p.fundingSource)],
    ]),
  ),
  ...parsed.equipment.flatMap((e) =>
    missing(e.ref, [
      ["workPlan", isBlankReading(e.workPlan)],
      ["equipmentType", isBlankReading(e.equipmentType)],
      ["item", e.item === ""],
      ["budget", isBlankReading(e.budget)],
      ["fundingSource", isBlankReading(e.fundingSource)],
    ]),
  ),
  ...(parsed.budgetLines ?? []).flatMap((l) =>
    missing(l.ref, [
      ["workPlan", isBlankReading(l.workPlan)],
      ["amount", isBlankReading(l.amount)],
    ]),
  ),
];

const isBlankReading = (reading: Reading<unknown>): boolean => reading.status === "blank";

function missing(ref: SourceRef, checks: readonly Check[]): Issue[] {
  return checks
    .filter(([, blank]) => blank)
    .map(([field]) => issueAt("missing-value", "error", ref, field, { field, table: ref.table }));
}
