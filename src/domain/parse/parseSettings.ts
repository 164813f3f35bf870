import { toA1 } from "../grid/a1";
import { ORGANISATION_TYPES } from "../catalog/organisationTypes";
import { OrganisationTypeSchema, type OrganisationType } from "../model/plan";
import { cellOf } from "../model/SourceRef";
import { SETTING_KEYS } from "../template/templateSpec";
import type { LocatedTable } from "./locateTables";
import { matchKey } from "../text/matchKey";
import { cellText } from "../grid/cellText";
import type { ParsedSettings, SettingKey } from "./ParsedWorkbook";
import { parseIntegerCell } from "./parseIntegerCell";
import { BLANK, type Reading } from "./Reading";
import { readCatalogCell } from "./readFields";
import { cellAt, readTableRows } from "./readTableRows";
import { SETTINGS_FIELDS } from "./tableFields";

const KEYS = Object.entries(SETTING_KEYS) as [SettingKey, string][];

/** Reads the PlanSettings key/value rows; keys are matched by matchKey, unknown keys ignored. */
export function parseSettings(table: LocatedTable): ParsedSettings {
  const texts = Object.fromEntries(KEYS.map(([key]) => [key, ""])) as Record<SettingKey, string>;
  const cells: Partial<Record<SettingKey, string>> = {};
  let fiscalYear: Reading<number> = BLANK;
  let organisationType: Reading<OrganisationType> = BLANK;
  for (const row of readTableRows(table, SETTINGS_FIELDS)) {
    const label = matchKey(cellText(cellAt(row, "key")));
    const key = KEYS.find(([, text]) => matchKey(text) === label)?.[0];
    if (!key || cells[key]) continue;
    const value = cellAt(row, "value");
    cells[key] = cellOf(row.ref, "value");
    texts[key] = cellText(value);
    if (key === "fiscalYear") fiscalYear = parseIntegerCell(value, ["ปีงบประมาณ", "พ.ศ.", "พ.ศ"]);
    if (key === "organisationType")
      organisationType = readOrganisationType(readCatalogCell(value, ORGANISATION_TYPES));
  }
  return {
    sheet: table.grid.sheet,
    tableCell: toA1(table.grid.headerRow, table.grid.firstColumn),
    cells,
    texts,
    fiscalYear,
    organisationType,
  };
}

function readOrganisationType(reading: Reading<string>): Reading<OrganisationType> {
  if (reading.status !== "ok" && reading.status !== "alias") return reading;
  const parsed = OrganisationTypeSchema.safeParse(reading.value);
  return parsed.success ? { ...reading, value: parsed.data } : { status: "invalid", text: reading.text };
}
