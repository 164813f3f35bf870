import { SETTING_KEYS } from "../domain/template/templateSpec";

import type { Language } from "./Language";
type Labels = Readonly<Record<string, { readonly th: string; readonly en: string }>>;

/** Model fields as the user sees them: the Thai template header, and an English name. */
const FIELD_LABELS: Labels = {
  seq: { th: "ที่", en: "No." },
  strategyNumber: { th: "ยุทธศาสตร์", en: "Strategy" },
  workPlan: { th: "แผนงาน", en: "Work plan" },
  name: { th: "โครงการ", en: "Project" },
  budget: { th: "งบประมาณ (บาท)", en: "Budget (baht)" },
  fundingSource: { th: "แหล่งงบประมาณ", en: "Funding source" },
  responsibleUnit: { th: "หน่วยงานรับผิดชอบหลัก", en: "Responsible unit" },
  equipmentType: { th: "ประเภทครุภัณฑ์", en: "Equipment type" },
  item: { th: "ครุภัณฑ์", en: "Equipment item" },
  amount: { th: "จำนวนเงิน (บาท)", en: "Amount (baht)" },
  number: { th: "ลำดับ", en: "Number" },
  budgetType: { th: "งบ", en: "Budget type (งบ)" },
  expenditureCategory: { th: "หมวด", en: "Expenditure category (หมวด)" },
  edition: { th: "ฉบับ", en: "Edition" },
};

// In the Strategies table "name" is the strategy's name, not a project's.
const STRATEGY_NAME = { th: "ยุทธศาสตร์", en: "Strategy name" };

const SETTING_LABELS_EN: Readonly<Record<keyof typeof SETTING_KEYS, string>> = {
  organisationName: "Local government name",
  organisationType: "Organisation type",
  amphoe: "District (amphoe)",
  changwat: "Province (changwat)",
  fiscalYear: "Fiscal year (B.E.)",
  executiveName: "Local executive's name",
  executivePosition: "Local executive's position",
};

/** Label of a field of a table's row, in the given language (the field key itself if unknown). */
export function fieldLabel(field: string, table: string, lang: Language): string {
  const labels = table === "Strategies" && field === "name" ? STRATEGY_NAME : FIELD_LABELS[field];
  return labels ? labels[lang] : field;
}

const TABLE_LABELS: Labels = {
  PlanSettings: { th: "ตารางตั้งค่า", en: "settings table (PlanSettings)" },
  Strategies: { th: "ตารางยุทธศาสตร์", en: "Strategies table" },
  Projects: { th: "ตารางโครงการ", en: "Projects table" },
  Equipment: { th: "ตารางครุภัณฑ์", en: "Equipment table" },
  Editions: { th: "ตารางฉบับ", en: "Editions table" },
  BudgetLines: { th: "ตารางงบตามข้อบัญญัติ", en: "BudgetLines table" },
};

/** A template table as the user knows it ("ตารางโครงการ", "Projects table"), by its table name. */
export function tableLabel(table: string, lang: Language): string {
  return TABLE_LABELS[table]?.[lang] ?? table;
}

/** Label of a PlanSettings key. */
export function settingLabel(key: keyof typeof SETTING_KEYS, lang: Language): string {
  return lang === "th" ? SETTING_KEYS[key] : SETTING_LABELS_EN[key];
}
