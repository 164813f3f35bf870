/** Pixels of the widest digit in Calibri 11, the default font exceljs writes into styles.xml. */
const DIGIT_PX = 7;
/** Excel adds this many pixels of cell padding to every column. */
const PADDING_PX = 5;
/** Points per pixel at 96 dpi. */
const PT_PER_PX = 0.75;

/**
 * exceljs column widths are in Excel "characters" (multiples of the default font's digit width),
 * while SheetSpec and templateSpec give points: px = pt / 0.75, characters = (px − 5 padding) / 7.
 * @example pointsToCharacters(90) //=> 16.43 (120 px)
 */
export function pointsToCharacters(points: number): number {
  const characters = (points / PT_PER_PX - PADDING_PX) / DIGIT_PX;
  return Math.max(0, Math.round(characters * 100) / 100);
}
