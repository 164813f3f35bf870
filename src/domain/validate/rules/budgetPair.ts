import { BUDGET_CATEGORIES } from "../../catalog/budgetCategories";
import type { SourceRef } from "../../model/SourceRef";
import type { Reading } from "../../parse/Reading";
import type { Issue } from "../Issue";
import { issueAt } from "../issueAt";
import type { Rule } from "../Rule";
import { nearParams } from "./_lib/nearParams";

interface PairRow {
  readonly ref: SourceRef;
  readonly budgetType: Reading<string>;
  readonly expenditureCategory: Reading<string>;
}

/**
 * งบ and หมวด are optional, but when given both must be there, each must be known, and the หมวด must
 * belong to the งบ (งบลงทุน / ค่าใช้สอย is wrong: ค่าใช้สอย is under งบดำเนินงาน).
 */
export const budgetPair: Rule = ({ parsed }) => {
  const issues: Issue[] = [];
  const check = (row: PairRow): void => checkPair(row, issues);
  parsed.projects.forEach(check);
  parsed.budgetLines?.forEach(check);
  return issues;
};

function checkPair({ ref, budgetType, expenditureCategory }: PairRow, issues: Issue[]): void {
  const typeBlank = budgetType.status === "blank";
  const categoryBlank = expenditureCategory.status === "blank";
  if (typeBlank && categoryBlank) return;
  if (budgetType.status === "invalid") {
    issues.push(issueAt("unknown-budget-type", "error", ref, "budgetType", nearParams(budgetType)));
  }
  if (expenditureCategory.status === "invalid") {
    issues.push(
      issueAt(
        "unknown-expenditure-category",
        "error",
        ref,
        "expenditureCategory",
        nearParams(expenditureCategory),
      ),
    );
  }
  // A cell whose value is unknown (an error value, a formula without a result) is reported itself.
  if (isUnknown(budgetType) || isUnknown(expenditureCategory)) return;
  if (typeBlank !== categoryBlank) {
    const given = typeBlank ? expenditureCategory : budgetType;
    const value = given.status === "ok" || given.status === "alias" ? given.value : "";
    const field = typeBlank ? "budgetType" : "expenditureCategory";
    issues.push(issueAt("incomplete-budget-pair", "error", ref, field, { field, value }));
  }
  if (
    (budgetType.status === "ok" || budgetType.status === "alias") &&
    (expenditureCategory.status === "ok" || expenditureCategory.status === "alias")
  ) {
    const allowed = BUDGET_CATEGORIES[budgetType.value] ?? [];
    if (!allowed.includes(expenditureCategory.value)) {
      issues.push(
        issueAt("invalid-budget-pair", "error", ref, "expenditureCategory", {
          budgetType: budgetType.value,
          value: expenditureCategory.value,
          allowed: allowed.join(", "),
        }),
      );
    }
  }
}

const isUnknown = (reading: Reading<string>): boolean =>
  reading.status === "cellError" || reading.status === "formula";
