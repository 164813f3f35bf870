/**
 * exceljs writes a print area by putting one `$` in front of the whole string ("A1:F23" → "$A1:$F23"
 * after its own split), which LibreOffice ignores and Excel reads as a relative range. Given row parts
 * already absolute ("A$1:F$23") it writes "$A$1:$F$23", which every application honours. exceljs also
 * reads "$A$1:$F$23" back as "A1:F23", so every load → save round trip must pass through this again.
 * @example exceljsPrintArea("A1:F23") //=> "A$1:F$23"
 */
export function exceljsPrintArea(area: string): string {
  return area
    .split(/[,&]/u)
    .map((range) => range.replaceAll("$", "").replace(/([A-Z]+)(\d+)/gu, "$1$$$2"))
    .join(",");
}
