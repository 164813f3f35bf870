import { BUDGET_CATEGORIES } from "../catalog/budgetCategories";
import { parseEditionCode, MAIN_EDITION, type EditionCode } from "../model/editionCode";
import type { BudgetLine, Edition, Equipment, Plan, Project, Strategy } from "../model/plan";
import type { ParsedEquipment, ParsedProject, ParsedWorkbook } from "./ParsedWorkbook";
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
    editions: editionsOf(
      parsed,
      [...projects, ...equipment].map((item) => item.edition),
    ),
  };
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
    if (number === undefined || number < 1 || s.name === "" || seen.has(number)) return [];
    seen.add(number);
    return [{ number, name: s.name, source: s.ref }];
  });
}

/** Key fields shared by projects and equipment, or null when one of them was not understood. */
function itemOf(item: ParsedProject | ParsedEquipment) {
  const workPlan = valueOf(item.workPlan);
  const budget = valueOf(item.budget);
  const fundingSource = valueOf(item.fundingSource);
  const edition = valueOf(item.edition);
  if (workPlan === undefined || budget === undefined || budget < 0 || fundingSource === undefined)
    return null;
  if (edition === undefined || !item.months.includes(true)) return null;
  return {
    seq: item.seq,
    workPlan,
    budget,
    fundingSource,
    location: item.location,
    responsibleUnit: valueOf(item.responsibleUnit) ?? "",
    // Shared and frozen (see parseItems): copying it would only cost memory.
    months: item.months,
    edition,
    note: item.note,
    source: item.ref,
  };
}

// The shared fields are listed one by one rather than spread from `itemOf`: per-row spreads made
// building a 50,000-row plan several times slower.
function projectOf(p: ParsedProject): Project | null {
  const base = itemOf(p);
  const strategyNumber = valueOf(p.strategyNumber);
  if (!base || strategyNumber === undefined || p.name === "") return null;
  const pair = pairOf(p);
  // งบ/หมวด go in the literal rather than being added afterwards, which would give every such
  // row a second property store.
  if (!pair)
    return {
      seq: base.seq,
      workPlan: base.workPlan,
      budget: base.budget,
      fundingSource: base.fundingSource,
      location: base.location,
      responsibleUnit: base.responsibleUnit,
      months: base.months,
      edition: base.edition,
      note: base.note,
      source: base.source,
      strategyNumber,
      name: p.name,
      activityDetail: p.activityDetail,
    };
  return {
    seq: base.seq,
    workPlan: base.workPlan,
    budget: base.budget,
    fundingSource: base.fundingSource,
    location: base.location,
    responsibleUnit: base.responsibleUnit,
    months: base.months,
    edition: base.edition,
    note: base.note,
    source: base.source,
    strategyNumber,
    name: p.name,
    activityDetail: p.activityDetail,
    budgetType: pair.budgetType,
    expenditureCategory: pair.expenditureCategory,
  };
}

function equipmentOf(e: ParsedEquipment): Equipment | null {
  const base = itemOf(e);
  const equipmentType = valueOf(e.equipmentType);
  if (!base || equipmentType === undefined || e.item === "") return null;
  return {
    seq: base.seq,
    workPlan: base.workPlan,
    budget: base.budget,
    fundingSource: base.fundingSource,
    location: base.location,
    responsibleUnit: base.responsibleUnit,
    months: base.months,
    edition: base.edition,
    note: base.note,
    source: base.source,
    equipmentType,
    item: e.item,
    detail: e.detail,
  };
}

/**
 * งบ/หมวด when both are given, understood and a valid pair; otherwise none. They are not key fields:
 * the row still counts in roll-ups, and the pair's own rule reports the mistake.
 */
function pairOf(
  row: Pick<ParsedProject, "budgetType" | "expenditureCategory">,
): { budgetType: string; expenditureCategory: string } | null {
  const type = valueOf(row.budgetType);
  const category = valueOf(row.expenditureCategory);
  if (type === undefined || category === undefined || !(BUDGET_CATEGORIES[type] ?? []).includes(category))
    return null;
  return { budgetType: type, expenditureCategory: category };
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
