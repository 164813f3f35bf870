import { FUNDING_SOURCES, type FundingSourceCode } from "../../model/fundingSources";
import type { SourceRef } from "../../model/SourceRef";
import type { ParsedBudgetLine, ParsedProject } from "../../parse/ParsedWorkbook";
import type { Reading } from "../../parse/Reading";
import type { Issue, IssueCodeWith } from "../Issue";
import { issueAt } from "../issueAt";
import type { Rule } from "../Rule";
import { forEachItem } from "./_lib/forEachItem";

/** The codes of aliases, whose params are the value as typed and the official name. */
type AliasCode = IssueCodeWith<{ value: string; canonical: string }>;

/**
 * A known variant or misspelling (แผนงานการพานิชย์, กองสาธารณสุขฯ, ครุภัณฑ์คอมพิวเตอร์ …) is read as the
 * official name, with a warning saying which name to use.
 */
export const catalogAliases: Rule = ({ parsed }) => {
  // Pushing into one list: per-row arrays made this rule a garbage-collection cost on large plans.
  const issues: Issue[] = [];
  const alias = (code: AliasCode, ref: SourceRef, field: string, reading: Reading<string>): void => {
    if (reading.status === "alias")
      issues.push(issueAt(code, "warning", ref, field, { value: reading.text, canonical: reading.value }));
  };
  forEachItem(parsed, (item) => {
    alias("work-plan-alias", item.ref, "workPlan", item.workPlan);
    alias("funding-source-alias", item.ref, "fundingSource", labelled(item.fundingSource));
    alias("unit-alias", item.ref, "responsibleUnit", item.responsibleUnit);
  });
  for (const e of parsed.equipment) alias("equipment-type-alias", e.ref, "equipmentType", e.equipmentType);
  const pairAliases = (row: ParsedProject | ParsedBudgetLine): void => {
    alias("budget-type-alias", row.ref, "budgetType", row.budgetType);
    alias("expenditure-category-alias", row.ref, "expenditureCategory", row.expenditureCategory);
  };
  parsed.projects.forEach(pairAliases);
  parsed.budgetLines?.forEach(pairAliases);
  for (const l of parsed.budgetLines ?? []) alias("work-plan-alias", l.ref, "workPlan", l.workPlan);
  return issues;
};

const NOT_AN_ALIAS: Reading<string> = { status: "blank" };

function labelled(reading: Reading<FundingSourceCode>): Reading<string> {
  return reading.status === "alias" ? { ...reading, value: FUNDING_SOURCES[reading.value] } : NOT_AN_ALIAS;
}
