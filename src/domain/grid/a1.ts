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

/** A rectangle of cells: 0-based top-left and size (the shape of a merge or a table's range). */
export interface CellRect {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/**
 * 0-based row and column of an A1 reference, `$` allowed ("$F$12"); null when it is not one.
 * Tolerant, for references read from files; tests use `fromA1`.
 * @example parseA1("$F$12") //=> { row: 11, column: 5 }
 */
export function parseA1(ref: string): { row: number; column: number } | null {
  // Character codes, not a regex: readers call this for every cell of a sheet.
  let i = 0;
  let end = ref.length;
  while (i < end && ref.charCodeAt(i) <= 32) i++;
  while (end > i && ref.charCodeAt(end - 1) <= 32) end--;
  if (ref.charCodeAt(i) === 36 /* $ */) i++;
  let column = 0;
  const lettersStart = i;
  for (; i < end; i++) {
    const code = ref.charCodeAt(i) | 32;
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  if (i === lettersStart || i - lettersStart > 3) return null;
  if (ref.charCodeAt(i) === 36) i++;
  let row = 0;
  const digitsStart = i;
  for (; i < end; i++) {
    const code = ref.charCodeAt(i);
    if (code < 48 || code > 57) return null;
    row = row * 10 + (code - 48);
  }
  if (i === digitsStart || i - digitsStart > 7 || row < 1) return null;
  return { row: row - 1, column: column - 1 };
}

/**
 * A range reference ("A1:C3", "$A$1:$C$3", or one cell) as a rectangle; null when it is not one.
 * @example parseRangeA1("B2:C4") //=> { row: 1, column: 1, rowCount: 3, columnCount: 2 }
 */
export function parseRangeA1(ref: string): CellRect | null {
  const [first = "", last = first, extra] = ref.split(":");
  if (extra !== undefined) return null;
  const a = parseA1(first);
  const b = parseA1(last);
  if (!a || !b) return null;
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  return {
    row,
    column,
    rowCount: Math.abs(b.row - a.row) + 1,
    columnCount: Math.abs(b.column - a.column) + 1,
  };
}
