import { BUDGET_CATEGORIES } from "../catalog/budgetCategories";
import { parseEditionCode, MAIN_EDITION, type EditionCode } from "../model/editionCode";
import {
  MAX_STRATEGY_NUMBER,
  type BudgetLine,
  type Edition,
  type Equipment,
  type Plan,
  type Project,
  type Strategy,
} from "../model/plan";
import { devPlanProjectsOf, devPlanRefOf } from "./buildDevPlan";
import type { ParsedBudgetLine, ParsedEquipment, ParsedProject, ParsedWorkbook } from "./ParsedWorkbook";
import { followUpOfParsed } from "./parseFollowUp";
import { followUpReportsOf } from "./parseFollowUpReports";
import { valueOf } from "./Reading";

/**
 * The Plan from a parsed workbook: only rows whose key fields were understood, so roll-ups can run.
 * Left-out rows always have an error issue saying why. A missing fiscal year reads as 0.
 */
export function buildPlan(parsed: ParsedWorkbook): Plan {
  const { settings } = parsed;
  const projects = keptOf(parsed.projects, projectOf);
  const equipment = keptOf(parsed.equipment, equipmentOf);
  return {
    settings: {
      organisationName: settings.texts.organisationName,
      organisationType: valueOf(settings.organisationType) ?? null,
      amphoe: settings.texts.amphoe,
      changwat: settings.texts.changwat,
      fiscalYear: valueOf(settings.fiscalYear) ?? 0,
      executiveName: settings.texts.executiveName,
      executivePosition: settings.texts.executivePosition,
    },
    strategies: strategiesOf(parsed),
    projects,
    equipment,
    budgetLines: (parsed.budgetLines ?? []).flatMap((line): BudgetLine[] => {
      const workPlan = valueOf(line.workPlan);
      const amount = valueOf(line.amount);
      const pair = pairOf(line);
      if (workPlan === undefined || amount === undefined || amount < 0) return [];
      return [{ workPlan, amount, ...(pair ?? {}), source: line.ref }];
    }),
    editions: editionsOf(parsed, usedEditions(projects, equipment)),
    ...followUpReportsField(parsed),
    // The template inserts the list's table empty: a list without rows is no list.
    ...(parsed.devPlanProjects?.length ? { devPlanProjects: devPlanProjectsOf(parsed.devPlanProjects) } : {}),
  };
}

/** The FollowUpReports records, only when the workbook has the table (plans without it stay as they were). */
function followUpReportsField(parsed: ParsedWorkbook): Pick<Plan, "followUpReports"> {
  const records = followUpReportsOf(parsed);
  return records === undefined ? {} : { followUpReports: records };
}

/** Edition codes the rows use, each once. */
function usedEditions(...lists: readonly (readonly { readonly edition: EditionCode }[])[]): EditionCode[] {
  const used = new Set<EditionCode>();
  for (const list of lists) list.forEach((row) => used.add(row.edition));
  return [...used];
}

/** The rows `build` keeps (non-null), in order; a plain loop, as flatMap is slow on 50,000 rows. */
function keptOf<T, R>(rows: readonly T[], build: (row: T) => R | null): R[] {
  const kept: R[] = [];
  for (const row of rows) {
    const built = build(row);
    if (built !== null) kept.push(built);
  }
  return kept;
}

function strategiesOf(parsed: ParsedWorkbook): Strategy[] {
  const seen = new Set<number>();
  return parsed.strategies.flatMap((s) => {
    const number = valueOf(s.number);
    if (
      number === undefined ||
      number < 1 ||
      number > MAX_STRATEGY_NUMBER ||
      s.name === "" ||
      seen.has(number)
    )
      return [];
    seen.add(number);
    return [{ number, name: s.name, source: s.ref }];
  });
}

/** Whether a row's key fields were all understood (else it stays out of the plan; rules say why). */
function isUnderstood(item: ParsedProject | ParsedEquipment): boolean {
  const budget = valueOf(item.budget);
  return (
    valueOf(item.workPlan) !== undefined &&
    budget !== undefined &&
    budget >= 0 &&
    valueOf(item.fundingSource) !== undefined &&
    valueOf(item.edition) !== undefined &&
    item.months.includes(true)
  );
}

// Each plan row is one literal read straight from its parsed row, the shared fields written out as
// in equipmentOf: building 50,000 rows through intermediate objects (or spreads) cost several times
// more. The `!`s are safe after isUnderstood.
function projectOf(p: ParsedProject): Project | null {
  const strategyNumber = valueOf(p.strategyNumber);
  if (!isUnderstood(p) || strategyNumber === undefined || p.name === "") return null;
  const pair = isPair(valueOf(p.budgetType), valueOf(p.expenditureCategory));
  return {
    seq: p.seq,
    workPlan: valueOf(p.workPlan)!,
    budget: valueOf(p.budget)!,
    fundingSource: valueOf(p.fundingSource)!,
    location: p.location,
    responsibleUnit: valueOf(p.responsibleUnit) ?? "",
    // Shared and frozen (see parseItems): copying it would only cost memory.
    months: p.months,
    edition: valueOf(p.edition)!,
    note: p.note,
    source: p.ref,
    strategyNumber,
    name: p.name,
    activityDetail: p.activityDetail,
    // Always present (undefined without a valid pair), so every plan row has the same shape.
    budgetType: pair ? valueOf(p.budgetType) : undefined,
    expenditureCategory: pair ? valueOf(p.expenditureCategory) : undefined,
    followUp: followUpOfParsed(p.followUp),
    devPlanRef: devPlanRefOf(p.devPlanRef),
    amendmentReason: p.amendmentReason ?? undefined,
  };
}

function equipmentOf(e: ParsedEquipment): Equipment | null {
  const equipmentType = valueOf(e.equipmentType);
  if (!isUnderstood(e) || equipmentType === undefined || e.item === "") return null;
  return {
    seq: e.seq,
    workPlan: valueOf(e.workPlan)!,
    budget: valueOf(e.budget)!,
    fundingSource: valueOf(e.fundingSource)!,
    location: e.location,
    responsibleUnit: valueOf(e.responsibleUnit) ?? "",
    months: e.months,
    edition: valueOf(e.edition)!,
    note: e.note,
    source: e.ref,
    equipmentType,
    item: e.item,
    detail: e.detail,
    followUp: followUpOfParsed(e.followUp),
    amendmentReason: e.amendmentReason ?? undefined,
  };
}

/**
 * Whether งบ and หมวด were both given, understood and a valid pair. They are not key fields: without a
 * valid pair the row still counts in roll-ups, and the pair's own rule reports the mistake.
 */
function isPair(type: string | undefined, category: string | undefined): boolean {
  return type !== undefined && category !== undefined && (BUDGET_CATEGORIES[type] ?? []).includes(category);
}

/** งบ/หมวด of a budget line when they are a valid pair (see isPair); otherwise none. */
function pairOf(line: ParsedBudgetLine): { budgetType: string; expenditureCategory: string } | null {
  const budgetType = valueOf(line.budgetType);
  const expenditureCategory = valueOf(line.expenditureCategory);
  return budgetType !== undefined &&
    expenditureCategory !== undefined &&
    isPair(budgetType, expenditureCategory)
    ? { budgetType, expenditureCategory }
    : null;
}

function editionsOf(parsed: ParsedWorkbook, used: readonly EditionCode[]): Edition[] {
  const editions: Edition[] = [];
  for (const row of parsed.editions ?? []) {
    const code = valueOf(row.code);
    if (code === undefined || editions.some((e) => e.code === code)) continue;
    const dates = Object.fromEntries(
      Object.entries(row.dates).map(([field, r]) => [field, valueOf(r) ?? null]),
    );
    editions.push({
      ...blankEdition(code),
      ...dates,
      trigger: row.trigger,
      triggerText: row.triggerText,
      source: row.ref,
    });
  }
  // Without an Editions table the main edition always exists; codes only used in ฉบับ get empty dates.
  const wanted = parsed.editions === null ? [MAIN_EDITION, ...sortCodes(used)] : sortCodes(used);
  for (const code of wanted) if (!editions.some((e) => e.code === code)) editions.push(blankEdition(code));
  return editions;
}

const KIND_ORDER = ["หลัก", "เพิ่มเติม", "เปลี่ยนแปลง", "แก้ไข"];

function sortCodes(codes: readonly EditionCode[]): EditionCode[] {
  const keyOf = (code: string): [number, number, number] => {
    const p = parseEditionCode(code);
    return [p?.year ?? 0, p?.number ?? 0, KIND_ORDER.indexOf(p?.kind ?? "หลัก")];
  };
  return [...new Set(codes)].sort((a, b) => {
    const [ka, kb] = [keyOf(a), keyOf(b)];
    return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2];
  });
}

function blankEdition(code: EditionCode): Edition {
  const parsed = parseEditionCode(code);
  return {
    code,
    kind: parsed?.kind ?? "หลัก",
    number: parsed?.number ?? null,
    trigger: null,
    triggerText: "",
    triggerDate: null,
    draftDate: null,
    committeeReviewDate: null,
    approvalDate: null,
    announcementDate: null,
    postingStart: null,
    postingEnd: null,
  };
}
