// Text squeeze would change: white space other than a lone inner space. Most cells are already tidy,
// and replacing would copy every one of them (the bulk of the garbage when reading 50,000 rows).
const UNTIDY_SPACE = /[^\S ]|\u200b|[\s\u200b]{2}|^ | $/u;

/** Trims and collapses runs of white space (incl. no-break and zero-width spaces) to one space. */
export function squeeze(text: string): string {
  if (!UNTIDY_SPACE.test(text)) return text;
  return text.replace(/[\s\u200b]+/gu, " ").trim();
}

/** Removes every white space: for comparisons that must not depend on spacing. */
export function compact(text: string): string {
  return text.replace(/[\s\u200b]+/gu, "");
}
