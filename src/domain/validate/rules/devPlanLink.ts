import { devPlanList, type DevPlanList } from "../../devplan/devPlanList";
import { comparableName, namesPlainlyDiffer } from "../../devplan/nameSimilarity";
import type { DevPlanRef } from "../../model/plan";
import type { ParsedDevPlanRef, ParsedProject } from "../../parse/ParsedWorkbook";
import { valueOf, type Reading } from "../../parse/Reading";
import type { Issue, Severity } from "../Issue";
import { issueAt } from "../issueAt";
import type { Rule } from "../Rule";

const PAGE = "devPlanPage";
const ITEM = "devPlanItem";

/**
 * Every project of the อปท.'s own budget (any source but หน่วยงานอื่นดำเนินการ) must come from the local
 * development plan. When the DevPlanProjects list is there: a reference to a page and item not in it is
 * an error at the reference; no reference is a warning (with the list's best match as a suggestion); a
 * reference whose listed name plainly differs, or a budget over the plan's figure for this year, is a
 * warning. The list counts when it has rows (the template inserts its table empty). Other agencies' projects are left alone: they come from those agencies' plans. Without the
 * list only what cannot be read is said (as a warning), since the ผด.02 prints the reference.
 */
export const devPlanLink: Rule = ({ parsed, plan }) => {
  // The template inserts the list's table empty: only a list with rows is one to check against.
  const list = (parsed.devPlanProjects?.length ?? 0) > 0 ? devPlanList(plan.devPlanProjects ?? []) : null;
  const issues: Issue[] = [];
  for (const project of parsed.projects) {
    const source = valueOf(project.fundingSource);
    if (source === undefined || source === "AGENCY") continue;
    const ref = project.devPlanRef;
    const read = ref ? readRef(project, ref, list === null ? "warning" : "error", issues) : "blank";
    if (list === null) continue;
    if (read === "blank") issues.push(missingRef(project, list));
    else if (read !== "unread") checkRef(project, read, list, issues);
  }
  return issues;
};

/**
 * The reference as data, "blank" when none of it is given, or "unread" when part of it could not be
 * read or is missing (its issue pushed: `unreadable` is an error when a list can tell what is wrong).
 */
function readRef(
  project: ParsedProject,
  ref: ParsedDevPlanRef,
  unreadable: Severity,
  issues: Issue[],
): DevPlanRef | "blank" | "unread" {
  const { page, item } = ref;
  if (page.status === "blank" && item.status === "blank") {
    if (ref.edition === "") return "blank";
    // Only the plan book: the page and item are what a reviewer looks up.
    issues.push(issueAt("dev-plan-ref-incomplete", "warning", project.ref, PAGE, { field: "page" }));
    return "unread";
  }
  let complete = true;
  for (const [reading, field, name] of [
    [page, PAGE, "page"],
    [item, ITEM, "item"],
  ] as const) {
    if (reading.status === "invalid") {
      issues.push(
        issueAt("dev-plan-number-unreadable", unreadable, project.ref, field, {
          field: name,
          value: reading.text,
        }),
      );
      complete = false;
    } else if (reading.status === "blank") {
      issues.push(issueAt("dev-plan-ref-incomplete", "warning", project.ref, field, { field: name }));
      complete = false;
    } else if (!isRead(reading)) complete = false;
  }
  const pageNumber = valueOf(page);
  const itemNumber = valueOf(item);
  return complete && pageNumber !== undefined && itemNumber !== undefined
    ? { edition: ref.edition, page: pageNumber, item: itemNumber }
    : "unread";
}

const isRead = (reading: Reading<number>): boolean => reading.status === "ok" || reading.status === "alias";

/** The missing-reference warning, at the page cell (or the name when the table has no link columns). */
function missingRef(project: ParsedProject, list: DevPlanList): Issue {
  const field = project.ref.columns[PAGE] ? PAGE : "name";
  const strategyNumber = valueOf(project.strategyNumber) ?? null;
  const workPlan = valueOf(project.workPlan) ?? "";
  const suggestion = list.suggest({ name: project.name, strategyNumber: strategyNumber ?? 0, workPlan });
  const params = suggestion
    ? {
        suggestedEdition: suggestion.entry.edition,
        suggestedPage: suggestion.entry.page,
        suggestedItem: suggestion.entry.item,
        suggestedName: suggestion.entry.name,
      }
    : {};
  return issueAt("dev-plan-ref-missing", "warning", project.ref, field, params);
}

function checkRef(project: ParsedProject, ref: DevPlanRef, list: DevPlanList, issues: Issue[]): void {
  const entry = list.entryFor(project, ref);
  const at = { edition: ref.edition, page: ref.page, item: ref.item };
  if (!entry) {
    issues.push(issueAt("dev-plan-ref-not-found", "error", project.ref, PAGE, at));
    return;
  }
  const listed = { edition: entry.edition, page: entry.page, item: entry.item };
  if (project.name !== "" && namesPlainlyDiffer(comparableName(project.name), list.nameOf(entry)))
    issues.push(
      issueAt("dev-plan-name-differs", "warning", project.ref, PAGE, {
        name: project.name,
        planName: entry.name,
        ...listed,
      }),
    );
  const budget = valueOf(project.budget);
  if (entry.budget !== null && budget !== undefined && budget > entry.budget)
    issues.push(
      issueAt("dev-plan-budget-over", "warning", project.ref, "budget", {
        budget,
        planned: entry.budget,
        ...listed,
      }),
    );
}
