import type { ParsedItem, ParsedWorkbook } from "../../../parse/ParsedWorkbook";

/** Projects and equipment rows together, for rules that treat both alike. */
export const itemsOf = (parsed: ParsedWorkbook): readonly ParsedItem[] => [
  ...parsed.projects,
  ...parsed.equipment,
];
