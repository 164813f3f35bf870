/** Column letters for a 0-based column index: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A1 address for 0-based row and column indexes: (11, 5) → "F12". */
export function toA1(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/** 0-based indexes of an A1 address such as "F12" (tests speak A1). */
export function fromA1(address: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address.toUpperCase());
  if (!match?.[1] || !match[2]) throw new RangeError(`Not an A1 address: ${address}`);
  let column = 0;
  for (const ch of match[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, column: column - 1 };
}

/** A1 range address for a rectangle of 0-based indexes: (0,0,2,3) → "A1:C2". */
export function rangeA1(row: number, column: number, rowCount: number, columnCount: number): string {
  return `${toA1(row, column)}:${toA1(row + rowCount - 1, column + columnCount - 1)}`;
}
