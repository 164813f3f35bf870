import { daysBetween } from "../../editions/isoDate";
import { hasCalendar, isInFiscalYear } from "../../followUp/schedule";
import { COMPLETED, NOT_STARTED } from "../../model/followUp";
import { UNBUDGETED_SOURCES } from "../../model/fundingSources";
import { followUpOfParsed } from "../../parse/parseFollowUp";
import type { ParsedItem } from "../../parse/ParsedWorkbook";
import { valueOf } from "../../parse/Reading";
import type { Issue } from "../Issue";
import { issueAt } from "../issueAt";
import type { Rule } from "../Rule";
import { forEachItem } from "./_lib/forEachItem";

/** Statuses under which no money should have been paid out. */
const NOTHING_PAID = new Set<string>([NOT_STARTED, "ยกเลิก"]);

/**
 * The follow-up figures against each other, all warnings (the year's record, not the announced plan):
 * disbursed above the contract or the budget; a contract above the budget; a completed project without
 * its completion date, or with money still undisbursed (below the contract; with no contract, nothing
 * paid at all: a completed activity often costs less than its budget); money paid on a project not
 * started or cancelled; contract and completion dates outside the fiscal year or in the wrong order.
 * Budget comparisons leave out projects paid by no one here (ไม่ใช้งบประมาณ, หน่วยงานอื่นดำเนินการ)
 * and rows whose budget cannot be read (their own error says so).
 */
export const followUpChecks: Rule = ({ parsed }) => {
  const issues: Issue[] = [];
  const fiscalYear = valueOf(parsed.settings.fiscalYear) ?? 0;
  forEachItem(parsed, (item) => {
    const followUp = followUpOfParsed(item.followUp);
    if (followUp === undefined) return;
    const { ref } = item;
    const { status, contractAmount: contract, disbursed, contractDate, completionDate } = followUp;
    const budget = budgetOf(item);
    if (disbursed !== null && contract !== null && disbursed > contract)
      issues.push(issueAt("disbursed-over-contract", "warning", ref, "disbursed", { disbursed, contract }));
    const contractOver = budget !== null && contract !== null && contract > budget;
    if (contractOver)
      issues.push(issueAt("contract-over-budget", "warning", ref, "contractAmount", { contract, budget }));
    // Above a contract that is itself above the budget: the two warnings already say it.
    const saidByContract = contractOver && disbursed !== null && disbursed > (contract ?? 0);
    if (budget !== null && disbursed !== null && disbursed > budget && !saidByContract)
      issues.push(issueAt("disbursed-over-budget", "warning", ref, "disbursed", { disbursed, budget }));
    if (status === COMPLETED) {
      if (item.followUp.completionDate.status === "blank")
        issues.push(issueAt("completed-without-date", "warning", ref, "completionDate", {}));
      const paid = disbursed ?? 0;
      if (contract !== null && paid < contract)
        issues.push(
          issueAt("completed-not-fully-disbursed", "warning", ref, "disbursed", {
            disbursed: paid,
            expected: contract,
            basis: "contract",
          }),
        );
      else if (contract === null && budget !== null && budget > 0 && paid === 0)
        issues.push(
          issueAt("completed-not-fully-disbursed", "warning", ref, "disbursed", {
            disbursed: paid,
            expected: budget,
            basis: "budget",
          }),
        );
    }
    if (NOTHING_PAID.has(status) && disbursed !== null && disbursed > 0) {
      const typed = item.followUp.status.status === "blank" ? "" : status;
      issues.push(
        issueAt("disbursed-not-started", "warning", ref, "disbursed", { status: typed, disbursed }),
      );
    }
    for (const [field, date] of [
      ["contractDate", contractDate],
      ["completionDate", completionDate],
    ] as const) {
      if (hasCalendar(fiscalYear) && date !== null && !isInFiscalYear(fiscalYear, date))
        issues.push(
          issueAt("follow-up-date-outside-year", "warning", ref, field, { field, date, fiscalYear }),
        );
    }
    if (contractDate !== null && completionDate !== null && daysBetween(contractDate, completionDate) < 0)
      issues.push(
        issueAt("completion-before-contract", "warning", ref, "completionDate", {
          contractDate,
          completionDate,
        }),
      );
  });
  return issues;
};

/** The budget to compare against: null when unreadable or when no one here pays for the row. */
function budgetOf(item: ParsedItem): number | null {
  const source = valueOf(item.fundingSource);
  const budget = valueOf(item.budget);
  if (budget === undefined || budget < 0 || (source !== undefined && UNBUDGETED_SOURCES.includes(source)))
    return null;
  return budget;
}
