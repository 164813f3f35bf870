import { EDITION_TRIGGER_KEYWORDS, EDITION_TRIGGER_LABELS } from "../catalog/editionTriggers";
import type { EditionTrigger } from "../model/plan";
import type { LocatedTable } from "./locateTables";
import { matchKey } from "../text/matchKey";
import { cellText } from "../grid/cellText";
import { EDITION_DATE_FIELDS } from "../model/editionDateFields";
import type { ParsedEditionRow } from "./ParsedWorkbook";
import { parseDateCell } from "./parseDateCell";
import { readEditionCell } from "./readFields";
import { cellAt, readTableRows } from "./readTableRows";
import { EDITION_FIELDS } from "./tableFields";

/** Reads the optional Editions rows: code, trigger (label or free text) and procedure dates. */
export function parseEditions(table: LocatedTable): ParsedEditionRow[] {
  return readTableRows(table, EDITION_FIELDS).map((row) => {
    const triggerText = cellText(cellAt(row, "trigger"));
    const dates = Object.fromEntries(EDITION_DATE_FIELDS.map((f) => [f, parseDateCell(cellAt(row, f))]));
    return {
      ref: row.ref,
      code: readEditionCell(cellAt(row, "code")),
      triggerText,
      trigger: triggerOf(triggerText),
      dates: dates as ParsedEditionRow["dates"],
    };
  });
}

/** A dropdown label maps exactly (by matchKey); free text by keyword; anything else is "other" (text kept). */
export function triggerOf(text: string): EditionTrigger | null {
  if (text === "") return null;
  const key = matchKey(text);
  const labelled = Object.entries(EDITION_TRIGGER_LABELS).find(([, label]) => matchKey(label) === key);
  if (labelled) return labelled[0] as EditionTrigger;
  return EDITION_TRIGGER_KEYWORDS.find(([word]) => key.includes(matchKey(word)))?.[1] ?? "other";
}
