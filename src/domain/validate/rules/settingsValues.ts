import type { SettingKey } from "../../parse/ParsedWorkbook";
import type { Issue } from "../Issue";
import { issueAtCell } from "../issueAt";
import type { Rule } from "../Rule";
import { unknownCells } from "./_lib/unknownCells";
import { nearParams } from "./_lib/nearParams";

const TEXT_SETTINGS: readonly SettingKey[] = [
  "organisationName",
  "organisationType",
  "amphoe",
  "changwat",
  "executiveName",
  "executivePosition",
];

/**
 * Missing text settings are warnings (the printed tables show a gap); an unknown organisation type
 * is a warning, a known abbreviation is normalised with a warning. A value cell holding an error value
 * or a formula without its result is not missing: it is reported itself.
 */
export const settingsValues: Rule = ({ parsed }) => {
  const { settings } = parsed;
  const unknown = unknownCells(parsed);
  const at = (key: SettingKey): string => settings.cells[key] ?? settings.tableCell;
  const missing = (key: SettingKey): boolean =>
    settings.texts[key] === "" && !unknown.hasCell(settings.sheet, at(key));
  const issues: Issue[] = TEXT_SETTINGS.filter(missing).map((key) =>
    issueAtCell("missing-setting", "warning", settings.sheet, at(key), { setting: key }),
  );
  const type = settings.organisationType;
  if (type.status === "invalid") {
    issues.push(
      issueAtCell(
        "unknown-organisation-type",
        "warning",
        settings.sheet,
        at("organisationType"),
        nearParams(type),
      ),
    );
  }
  if (type.status === "alias") {
    issues.push(
      issueAtCell("organisation-type-alias", "warning", settings.sheet, at("organisationType"), {
        value: type.text,
        canonical: type.value,
      }),
    );
  }
  return issues;
};
