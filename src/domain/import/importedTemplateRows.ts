import type { CellValue } from "../grid/CellValue";
import { FUNDING_SOURCES } from "../model/fundingSources";
import { satangToBaht } from "../model/money";
import type { Settings } from "../model/plan";
import { PROJECTS_TABLE, SETTING_KEYS } from "../template/templateSpec";
import type { ImportResult } from "./ImportResult";

/** Body rows for the template tables, each in its table's header order (templateSpec). */
export interface ImportedTemplateRows {
  /** PlanSettings rows `[หัวข้อ, ค่า]` for every key; values the caller or the sheet did not give are "". */
  readonly settings: readonly (readonly [string, CellValue])[];
  /** Strategies rows: `ลำดับ` | `ยุทธศาสตร์`. */
  readonly strategies: readonly (readonly CellValue[])[];
  /** Projects rows: every column of PROJECTS_TABLE, months as "✓", funding source as its label. */
  readonly projects: readonly (readonly CellValue[])[];
}

export const MONTH_MARK = "✓";

const EXTENSION_BLANKS: readonly CellValue[] = PROJECTS_TABLE.columns
  .filter((c) => c.extension)
  .map(() => "");

/**
 * Turns an import into rows to write under the template tables, so the plan can then be validated and built
 * like any other. Strategy and work plan stay blank when the sheet did not give them (the validator reports it).
 * @param result what `importPd02Sheet` returned
 * @param settings settings to write with the import (organisation, executive…); the sheet's fiscal year fills the rest
 * @example importedTemplateRows(result).projects[0]?.[5] //=> 378000 (baht)
 */
export function importedTemplateRows(
  result: ImportResult,
  settings: Partial<Settings> = {},
): ImportedTemplateRows {
  const fiscalYear = settings.fiscalYear ?? result.fiscalYear;
  const settingValue = (key: keyof typeof SETTING_KEYS): CellValue => {
    if (key === "fiscalYear") return fiscalYear ?? "";
    return settings[key] ?? "";
  };
  return {
    settings: (Object.keys(SETTING_KEYS) as (keyof typeof SETTING_KEYS)[]).map(
      (key) => [SETTING_KEYS[key], settingValue(key)] as const,
    ),
    strategies: result.strategies.map((s) => [s.number, s.name]),
    projects: result.projects.map((p) => [
      p.seq,
      p.strategyNumber ?? "",
      p.workPlan,
      p.name,
      p.activityDetail,
      satangToBaht(p.budget),
      FUNDING_SOURCES[p.fundingSource],
      p.location,
      p.responsibleUnit,
      ...p.months.map((on) => (on ? MONTH_MARK : "")),
      p.edition,
      "",
      "",
      p.note,
      // The optional columns (development-plan link, reason, follow-up) a hand-made ผด.02 does not hold.
      ...EXTENSION_BLANKS,
    ]),
  };
}
