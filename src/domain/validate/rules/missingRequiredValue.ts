import type { SourceRef } from "../../model/SourceRef";
import type { Reading } from "../../parse/Reading";
import type { Issue } from "../Issue";
import { issueAt } from "../issueAt";
import type { Rule } from "../Rule";
import { unknownCells } from "./_lib/unknownCells";

/**
 * A required cell left blank is an error naming the field (params.field is the model field, the
 * message shows its header). A blank budget on a ไม่ใช้งบประมาณ/หน่วยงานอื่น row already reads as 0.
 * A cell holding an error value or a formula without its result is not blank: it is reported itself.
 */
export const missingRequiredValue: Rule = ({ parsed }) => {
  // Pushing into one list: per-row check lists made this rule a garbage-collection cost on large plans.
  const issues: Issue[] = [];
  const unknown = unknownCells(parsed);
  const check = (ref: SourceRef, field: string, blank: boolean): void => {
    if (blank && !unknown.has(ref, field))
      issues.push(issueAt("missing-value", "error", ref, field, { field, table: ref.table }));
  };
  for (const s of parsed.strategies) {
    check(s.ref, "number", isBlankReading(s.number));
    check(s.ref, "name", s.name === "");
  }
  for (const p of parsed.projects) {
    check(p.ref, "strategyNumber", isBlankReading(p.strategyNumber));
    check(p.ref, "workPlan", isBlankReading(p.workPlan));
    check(p.ref, "name", p.name === "");
    check(p.ref, "budget", isBlankReading(p.budget));
    check(p.ref, "fundingSource", isBlankReading(p.fundingSource));
  }
  for (const e of parsed.equipment) {
    check(e.ref, "workPlan", isBlankReading(e.workPlan));
    check(e.ref, "equipmentType", isBlankReading(e.equipmentType));
    check(e.ref, "item", e.item === "");
    check(e.ref, "budget", isBlankReading(e.budget));
    check(e.ref, "fundingSource", isBlankReading(e.fundingSource));
  }
  for (const l of parsed.budgetLines ?? []) {
    check(l.ref, "workPlan", isBlankReading(l.workPlan));
    check(l.ref, "amount", isBlankReading(l.amount));
  }
  return issues;
};

const isBlankReading = (reading: Reading<unknown>): boolean => reading.status === "blank";
