import type { ParsedItem, ParsedWorkbook } from "../../../parse/ParsedWorkbook";

// Several rules walk the items of the same workbook: join its two lists once, not once per rule.
const joined = new WeakMap<ParsedWorkbook, readonly ParsedItem[]>();

/** Projects and equipment rows together, for rules that treat both alike. */
export function itemsOf(parsed: ParsedWorkbook): readonly ParsedItem[] {
  let items = joined.get(parsed);
  if (!items) {
    items = [...parsed.projects, ...parsed.equipment];
    joined.set(parsed, items);
  }
  return items;
}
