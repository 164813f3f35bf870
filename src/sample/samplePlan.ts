import type { TableGrid } from "../domain/grid/TableGrid";
import { FUNDING_SOURCES, type FundingSourceCode } from "../domain/model/fundingSources";
import { FISCAL_MONTHS } from "../domain/model/months";
import {
  BUDGET_LINES_TABLE,
  EDITIONS_TABLE,
  EQUIPMENT_TABLE,
  PROJECTS_TABLE,
  SETTING_KEYS,
  SETTINGS_TABLE,
  STRATEGIES_TABLE,
  TEMPLATE_TABLES,
} from "../domain/template/templateSpec";
import sample from "./sample-plan-2570.json";
import { formatThaiShortDate } from "../domain/text/formatThaiDate";
import { BUDDHIST_ERA_OFFSET } from "../domain/text/thaiMonthNames";

export type SampleCell = string | number | null;

/** "2569-09-15" (B.E., as the sample stores dates) → "2026-09-15", the Gregorian ISO date the model keeps. */
export function gregorianOfSampleDate(beIso: string): string {
  return `${Number(beIso.slice(0, 4)) - BUDDHIST_ERA_OFFSET}${beIso.slice(4)}`;
}

/** "2569-09-15" (B.E.) → "15 ก.ย. 2569", as staff type dates. */
function thaiDate(beIso: string | undefined): string | null {
  return beIso === undefined ? null : formatThaiShortDate(gregorianOfSampleDate(beIso));
}

const monthMarks = (months: readonly string[]): SampleCell[] =>
  FISCAL_MONTHS.map((m) => (months.includes(m) ? "✓" : null));
const fundingLabel = (code: string): string => FUNDING_SOURCES[code as FundingSourceCode];

/** Orders a row given by header into the template's column order (blank where not given). */
function inTemplateOrder(
  columns: readonly { header: string }[],
  values: Readonly<Record<string, SampleCell>>,
): SampleCell[] {
  return columns.map((c) => values[c.header] ?? null);
}

/**
 * The sample plan (FY 2570) as template body rows per table name, columns in templateSpec order:
 * months marked "✓", funding sources as labels, settings as key/value rows, edition dates as Thai text.
 */
export function sampleTemplateRows(): Record<string, SampleCell[][]> {
  const org = sample.organisation;
  const settings: Record<keyof typeof SETTING_KEYS, SampleCell> = {
    organisationName: org.name,
    organisationType: org.type,
    amphoe: org.amphoe,
    changwat: org.changwat,
    fiscalYear: sample.fiscalYear,
    executiveName: org.executiveName,
    executivePosition: org.executivePosition,
  };
  const month = (months: readonly string[]) =>
    Object.fromEntries(FISCAL_MONTHS.map((m, i) => [m, monthMarks(months)[i] ?? null]));
  return {
    [SETTINGS_TABLE.table]: Object.entries(SETTING_KEYS).map(([key, label]) => [
      label,
      settings[key as keyof typeof SETTING_KEYS],
    ]),
    [STRATEGIES_TABLE.table]: sample.strategies.map((s) => [s.number, s.name]),
    [PROJECTS_TABLE.table]: sample.projects.map((p) =>
      inTemplateOrder(PROJECTS_TABLE.columns, {
        ที่: p.no,
        ยุทธศาสตร์: p.strategy,
        แผนงาน: p.workPlan,
        โครงการ: p.name,
        รายละเอียดของกิจกรรมที่เกิดขึ้นจากโครงการ: p.activityDetail,
        "งบประมาณ (บาท)": p.budget,
        แหล่งงบประมาณ: fundingLabel(p.fundingSource),
        สถานที่ดำเนินการ: p.location,
        หน่วยงานรับผิดชอบหลัก: p.responsibleUnit,
        ...month(p.months),
        ฉบับ: p.edition,
        งบ: p.budgetType,
        หมวด: p.expenditureCategory,
        เหตุผลความจำเป็น: "amendmentReason" in p ? p.amendmentReason : null,
      }),
    ),
    [EQUIPMENT_TABLE.table]: sample.equipment.map((e) =>
      inTemplateOrder(EQUIPMENT_TABLE.columns, {
        ที่: e.no,
        แผนงาน: e.workPlan,
        ประเภทครุภัณฑ์: e.equipmentType,
        ครุภัณฑ์: e.item,
        รายละเอียดของครุภัณฑ์: e.detail,
        "งบประมาณ (บาท)": e.budget,
        แหล่งงบประมาณ: fundingLabel(e.fundingSource),
        สถานที่ดำเนินการ: e.location,
        หน่วยงานรับผิดชอบหลัก: e.responsibleUnit,
        ...month(e.months),
        ฉบับ: e.edition,
      }),
    ),
    [EDITIONS_TABLE.table]: sample.editions.map((e) =>
      inTemplateOrder(EDITIONS_TABLE.columns, {
        ฉบับ: e.code,
        เหตุที่จัดทำ: e.trigger,
        วันที่เกิดเหตุ: thaiDate(e.triggerDate),
        "วันที่คณะกรรมการพัฒนาฯ พิจารณา": thaiDate(e.committeeReviewDate),
        วันที่ประกาศ: thaiDate(e.announcementDate),
      }),
    ),
    [BUDGET_LINES_TABLE.table]: [],
  };
}

/** The sample plan as raw grids, each table's header in row 1, column A of its own sheet. */
export function sampleTables(): TableGrid[] {
  const rows = sampleTemplateRows();
  return TEMPLATE_TABLES.map((spec) => ({
    name: spec.table,
    sheet: spec.sheet,
    headerRow: 0,
    firstColumn: 0,
    headers: spec.columns.map((c) => c.header),
    rows: rows[spec.table] ?? [],
    rowsBelow: [],
    firstRowBelow: 1 + (rows[spec.table] ?? []).length,
    merges: [],
  }));
}
