import { isCellError, isCellFormula, type CellValue } from "../grid/CellValue";

/**
 * A cell reader that reads each distinct cell value once and shares the result. Readings are
 * immutable, and plans repeat the same work plan, funding source, unit or edition on most rows:
 * sharing keeps a 50,000-row parse from holding (and garbage-collecting) hundreds of thousands
 * of identical objects. Use one memo per parse, with a reader that depends on the value only.
 */
export function memoByCell<R>(read: (value: CellValue) => R): (value: CellValue) => R {
  const known = new Map<CellValue, R>();
  return (value) => {
    // Error and formula cells are objects (identity keys would never hit again), and a Map files -0
    // under 0: read them afresh.
    if (isCellError(value) || isCellFormula(value) || Object.is(value, -0)) return read(value);
    if (known.has(value)) return known.get(value) as R;
    const reading = read(value);
    known.set(value, reading);
    return reading;
  };
}
