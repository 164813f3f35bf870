import type { SourceRef } from "../../model/SourceRef";
import type { Reading } from "../../parse/Reading";
import type { Issue } from "../Issue";
import { issueAt } from "../issueAt";
import type { IssueCode } from "../IssueCode";
import type { Rule } from "../Rule";
import { itemsOf } from "./_lib/itemsOf";

/** A work plan, funding source or equipment type that is neither official nor a known alias is an error. */
export const unknownCatalogValue: Rule = ({ parsed }) => [
  ...itemsOf(parsed).flatMap((item) => [
    ...unknown("unknown-work-plan", item.ref, "workPlan", item.workPlan),
    ...unknown("unknown-funding-source", item.ref, "fundingSource", item.fundingSource),
  ]),
  ...parsed.equipment.flatMap((e) =>
    unknown("unknown-equipment-type", e.ref, "equipmentType", e.equipmentType),
  ),
  ...(parsed.budgetLines ?? []).flatMap((l) => unknown("unknown-work-plan", l.ref, "workPlan", l.workPlan)),
];

function unknown(code: IssueCode, ref: SourceRef, field: string, reading: Reading<unknown>): Issue[] {
  return reading.status === "invalid" ? [issueAt(code, "error", ref, field, { value: reading.text })] : [];
}
