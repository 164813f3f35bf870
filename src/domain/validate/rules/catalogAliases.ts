import { FUNDING_SOURCES, type FundingSourceCode } from "../../model/fundingSources";
import type { SourceRef } from "../../model/SourceRef";
import type { Reading } from "../../parse/Reading";
import type { Issue } from "../Issue";
import { issueAt } from "../issueAt";
import type { IssueCode } from "../IssueCode";
import type { Rule } from "../Rule";
import { itemsOf } from "./_lib/itemsOf";

/**
 * A known variant or misspelling (แผนงานการพานิชย์, กองสาธารณสุขฯ, ครุภัณฑ์คอมพิวเตอร์ …) is read as the
 * official name, with a warning saying which name to use.
 */
export const catalogAliases: Rule = ({ parsed }) => [
  ...itemsOf(parsed).flatMap((item) => [
    ...alias("work-plan-alias", item.ref, "workPlan", item.workPlan),
    ...alias("funding-source-alias", item.ref, "fundingSource", labelled(item.fundingSource)),
    ...alias("unit-alias", item.ref, "responsibleUnit", item.responsibleUnit),
  ]),
  ...parsed.equipment.flatMap((e) => alias("equipment-type-alias", e.ref, "equipmentType", e.equipmentType)),
  ...[...parsed.projects, ...(parsed.budgetLines ?? [])].flatMap((row) => [
    ...alias("budget-type-alias", row.ref, "budgetType", row.budgetType),
    ...alias("expenditure-category-alias", row.ref, "expenditureCategory", row.expenditureCategory),
  ]),
  ...(parsed.budgetLines ?? []).flatMap((l) => alias("work-plan-alias", l.ref, "workPlan", l.workPlan)),
];

function labelled(reading: Reading<FundingSourceCode>): Reading<string> {
  return reading.status === "alias"
    ? { ...reading, value: FUNDING_SOURCES[reading.value] }
    : { status: "blank" };
}

function alias(code: IssueCode, ref: SourceRef, field: string, reading: Reading<string>): Issue[] {
  return reading.status === "alias"
    ? [issueAt(code, "warning", ref, field, { value: reading.text, canonical: reading.value })]
    : [];
}
