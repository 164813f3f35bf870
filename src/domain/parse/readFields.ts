import { BUDGET_CATEGORIES, BUDGET_TYPE_ALIASES } from "../catalog/budgetCategories";
import { FUNDING_SOURCE_ALIASES } from "../catalog/fundingSourceAliases";
import { matchCatalogName, type NamedEntry } from "../catalog/matchCatalogName";
import { nearestName } from "../catalog/nearestName";
import { isBlank, type CellValue } from "../grid/CellValue";
import { EDITION_KINDS, MAIN_EDITION, parseEditionCode, type EditionCode } from "../model/editionCode";
import { FUNDING_SOURCES, FUNDING_SOURCE_CODES, type FundingSourceCode } from "../model/fundingSources";
import { foldText } from "../text/foldText";
import { cellText } from "../grid/cellText";
import { BLANK, unknownValueReading, type Reading } from "./Reading";

/**
 * Looks a cell up in a catalog: exact → "ok", alias or spacing variant → "alias" (normalised),
 * otherwise "invalid" (with the official name it nearly is, if one) — or, with `keepUnknown`, "ok"
 * with the text as typed.
 */
export function readCatalogCell(
  value: CellValue,
  entries: readonly NamedEntry[],
  keepUnknown = false,
): Reading<string> {
  const unknown = unknownValueReading(value);
  if (unknown) return unknown;
  if (isBlank(value)) return BLANK;
  const text = cellText(value);
  const match = matchCatalogName(text, entries);
  if (match.kind === "exact") return { status: "ok", value: match.name, text };
  if (match.kind === "alias") return { status: "alias", value: match.name, text };
  if (keepUnknown) return { status: "ok", value: text, text };
  return invalidNear(
    text,
    entries.map((e) => e.name),
  );
}

/** An "invalid" reading, saying which name it nearly is when one is that close (see nearestName). */
export function invalidNear(text: string, names: readonly string[]): Reading<never> {
  const nearest = nearestName(text, names);
  return nearest === null
    ? { status: "invalid", text }
    : { status: "invalid", text, why: { kind: "near", nearest } };
}

const FUNDING_ENTRIES = FUNDING_SOURCE_CODES.map((code) => ({
  code,
  name: FUNDING_SOURCES[code],
  aliases: FUNDING_SOURCE_ALIASES[code],
}));

/** A funding-source label (or a known variant) as its code. */
export function readFundingSourceCell(value: CellValue): Reading<FundingSourceCode> {
  const reading = readCatalogCell(value, FUNDING_ENTRIES);
  if (reading.status !== "ok" && reading.status !== "alias") return reading;
  const entry = FUNDING_ENTRIES.find((e) => e.name === reading.value);
  return entry ? { ...reading, value: entry.code } : { status: "invalid", text: reading.text };
}

export const BUDGET_TYPE_ENTRIES: readonly NamedEntry[] = Object.keys(BUDGET_CATEGORIES).map((name) => ({
  name,
  aliases: Object.entries(BUDGET_TYPE_ALIASES)
    .filter(([, canonical]) => canonical === name)
    .map(([alias]) => alias),
}));

export const CATEGORY_ENTRIES: readonly NamedEntry[] = [
  ...new Set(Object.values(BUDGET_CATEGORIES).flat()),
].map((name) => ({ name, aliases: [] }));

/** An edition code; blank means หลัก. Tolerated spellings (Thai digits, ฉบับที่) are not warned about. */
export function readEditionCell(value: CellValue): Reading<EditionCode> {
  const unknown = unknownValueReading(value);
  if (unknown) return unknown;
  const text = cellText(value);
  const parsed = parseEditionCode(text);
  return parsed ? { status: "ok", value: parsed.code, text } : invalidNear(text, editionCodesLike(text));
}

/** The codes a mistyped edition may have meant: หลัก, and each kind with the number and year it has. */
function editionCodesLike(text: string): string[] {
  const numbers = /(\d+)\s*\/\s*(25\d\d)/u.exec(foldText(text));
  if (!numbers) return [MAIN_EDITION];
  return [MAIN_EDITION, ...EDITION_KINDS.map((kind) => `${kind} ${Number(numbers[1])}/${numbers[2] ?? ""}`)];
}
