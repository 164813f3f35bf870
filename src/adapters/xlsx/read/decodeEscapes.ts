/**
 * Text as SpreadsheetML stores it, decoded: `_xHHHH_` escapes (Excel writes control characters such
 * as a carriage return as `_x000D_`, and a literal "_x" sequence as `_x005F_x…`).
 * @example decodeEscapes("line_x000D_\nnext") //=> "line\r\nnext"
 */
export function decodeEscapes(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/gu, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
