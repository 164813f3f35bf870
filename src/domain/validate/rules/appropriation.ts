import { EQUIPMENT_CATEGORY } from "../../catalog/budgetCategories";
import type { FundingSourceCode } from "../../model/fundingSources";
import type { Satang } from "../../model/money";
import type { BudgetLine, Equipment, Project } from "../../model/plan";
import type { SourceRef } from "../../model/SourceRef";
import type { Issue } from "../Issue";
import { issueAt } from "../issueAt";
import type { Rule } from "../Rule";

/** Sources paid from the annual ordinance, the one BudgetLines records. */
const ORDINANCE: readonly FundingSourceCode[] = ["ORD", "ORD-SUB"];
const EQUIPMENT_BUDGET_TYPE = "งบลงทุน";

type Item = Project | Equipment;

/**
 * When BudgetLines is filled in, the plan's ordinance-funded total per แผนงาน, and per แผนงาน/งบ/หมวด
 * where lines give the pair, must not exceed the appropriation (error); a shortfall is a warning.
 */
export const appropriation: Rule = ({ parsed, plan }) => {
  if (parsed.budgetLines === null || plan.budgetLines.length === 0) return [];
  const items: Item[] = [...plan.projects, ...plan.equipment].filter((i) =>
    ORDINANCE.includes(i.fundingSource),
  );
  const workPlans = [
    ...new Set([...plan.budgetLines.map((l) => l.workPlan), ...items.map((i) => i.workPlan)]),
  ];
  const pairIssues = byPair(plan.budgetLines, items);
  // A work plan whose first line is also a pair's first line would otherwise get the same message twice.
  const alreadySaid = (issue: Issue) =>
    pairIssues.some((p) => p.code === issue.code && p.location?.cell === issue.location?.cell);
  const workPlanIssues = workPlans.flatMap((workPlan) => byWorkPlan(workPlan, plan.budgetLines, items));
  return [...workPlanIssues.filter((issue) => !alreadySaid(issue)), ...pairIssues];
};

function byWorkPlan(workPlan: string, lines: readonly BudgetLine[], items: readonly Item[]): Issue[] {
  const ownLines = lines.filter((l) => l.workPlan === workPlan);
  const ownItems = items.filter((i) => i.workPlan === workPlan);
  const appropriated = sum(ownLines.map((l) => l.amount));
  const planned = sum(ownItems.map((i) => i.budget));
  const params = { workPlan, planned, appropriated };
  const lineRef = ownLines[0]?.source;
  if (planned > appropriated) {
    const at = lineRef ? { ref: lineRef, field: "amount" } : itemAt(ownItems[0]);
    return at ? [issueAt("over-appropriation", "error", at.ref, at.field, params)] : [];
  }
  if (planned < appropriated && lineRef)
    return [issueAt("under-appropriation", "warning", lineRef, "amount", params)];
  return [];
}

function byPair(lines: readonly BudgetLine[], items: readonly Item[]): Issue[] {
  const groups = new Map<string, BudgetLine[]>();
  for (const line of lines) {
    if (line.budgetType === undefined || line.expenditureCategory === undefined) continue;
    const key = pairKey(line.workPlan, line.budgetType, line.expenditureCategory);
    groups.set(key, [...(groups.get(key) ?? []), line]);
  }
  return [...groups.values()].flatMap((group): Issue[] => {
    const first = group[0];
    if (!first?.source || first.budgetType === undefined || first.expenditureCategory === undefined)
      return [];
    const key = pairKey(first.workPlan, first.budgetType, first.expenditureCategory);
    const appropriated = sum(group.map((l) => l.amount));
    const planned = sum(items.filter((i) => itemPairKey(i) === key).map((i) => i.budget));
    if (planned === appropriated) return [];
    const params = {
      workPlan: first.workPlan,
      budgetType: first.budgetType,
      expenditureCategory: first.expenditureCategory,
      planned,
      appropriated,
    };
    return planned > appropriated
      ? [issueAt("over-appropriation", "error", first.source, "amount", params)]
      : [issueAt("under-appropriation", "warning", first.source, "amount", params)];
  });
}

const pairKey = (workPlan: string, type: string, category: string): string =>
  `${workPlan}|${type}|${category}`;

// Equipment has no งบ/หมวด columns: it is always งบลงทุน / ค่าครุภัณฑ์.
function itemPairKey(item: Item): string | null {
  if ("equipmentType" in item) return pairKey(item.workPlan, EQUIPMENT_BUDGET_TYPE, EQUIPMENT_CATEGORY);
  if (item.budgetType === undefined || item.expenditureCategory === undefined) return null;
  return pairKey(item.workPlan, item.budgetType, item.expenditureCategory);
}

function itemAt(item: Item | undefined): { ref: SourceRef; field: string } | null {
  return item?.source ? { ref: item.source, field: "budget" } : null;
}

const sum = (amounts: readonly Satang[]): Satang => amounts.reduce((a, b) => a + b, 0);
