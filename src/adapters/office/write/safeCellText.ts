/** Characters that make Excel read a typed or written string as a formula (or a quote prefix). */
const FORMULA_LEAD = /^[=+\-@']/;

/**
 * Text as it must be written through `range.values` so it stays literal text: a leading
 * apostrophe is Excel's quote-prefix marker and is not stored as content (officejs-notes §5.3).
 * @example safeCellText("=SUM(A1)") //=> "'=SUM(A1)"
 */
export function safeCellText(text: string): string {
  return FORMULA_LEAD.test(text) ? `'${text}` : text;
}
