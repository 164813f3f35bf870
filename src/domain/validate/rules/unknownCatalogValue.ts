import type { SourceRef } from "../../model/SourceRef";
import type { Reading } from "../../parse/Reading";
import type { Issue, IssueCodeWith } from "../Issue";
import { issueAt } from "../issueAt";
import type { Rule } from "../Rule";
import { forEachItem } from "./_lib/forEachItem";
import { nearParams } from "./_lib/nearParams";

/** A work plan, funding source or equipment type that is neither official nor a known alias is an error. */
export const unknownCatalogValue: Rule = ({ parsed }) => {
  // Pushing into one list: per-row arrays made this rule a garbage-collection cost on large plans.
  const issues: Issue[] = [];
  const unknown = (
    code: IssueCodeWith<{ value: string; nearest?: string | undefined }>,
    ref: SourceRef,
    field: string,
    reading: Reading<unknown>,
  ): void => {
    if (reading.status === "invalid") issues.push(issueAt(code, "error", ref, field, nearParams(reading)));
  };
  forEachItem(parsed, (item) => {
    unknown("unknown-work-plan", item.ref, "workPlan", item.workPlan);
    unknown("unknown-funding-source", item.ref, "fundingSource", item.fundingSource);
  });
  for (const e of parsed.equipment)
    unknown("unknown-equipment-type", e.ref, "equipmentType", e.equipmentType);
  for (const l of parsed.budgetLines ?? []) unknown("unknown-work-plan", l.ref, "workPlan", l.workPlan);
  return issues;
};
