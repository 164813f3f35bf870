import { Parser } from "htmlparser2";
import type { CellValue } from "../../../domain/grid/CellValue";
import type { CellMerge } from "../../../domain/import/SheetCells";
import type { OoxmlPackage } from "../package/OoxmlPackage";
import { decodeEscapes } from "./decodeEscapes";
import { parseA1, parseRangeA1 } from "../../../domain/grid/a1";

/** A cell whose text is in the shared-string table; resolved once the table has been read. */
export interface SharedStringRef {
  readonly sst: number;
}

export type ScannedValue = CellValue | SharedStringRef;

export function isSharedStringRef(value: ScannedValue): value is SharedStringRef {
  return typeof value === "object" && value !== null && "sst" in value;
}

/** A worksheet as scanned: sparse rows of values (0-based), style ids where asked for, merges. */
export interface SheetScan {
  /** rows[r][c]; missing rows and cells are empty. */
  readonly rows: ScannedValue[][];
  /** styles[r][c] = the cell's style (xf) index, when `withStyles`. */
  readonly styles: number[][];
  readonly merges: CellMerge[];
  /** 0-based index of the last row holding a value (−1 for none). */
  readonly lastRow: number;
}

export interface ScanOptions {
  /** Stop once this 0-based row has been read (the rest of the part is never inflated). */
  readonly lastRowWanted?: number;
  /** Keep only these 0-based columns (inclusive). */
  readonly columns?: { readonly first: number; readonly last: number };
  readonly withStyles?: boolean;
  /** Adjusts a numeric cell by its style (1904-based dates); identity when absent. */
  readonly numberOf?: (style: number, value: number) => number;
}

type Target = "none" | "v" | "f" | "t";

/**
 * Streams a worksheet part and collects its cell values: numbers, text (inline or a shared-string
 * reference), booleans, errors, and formulas saved without a result (openpyxl writes those). Element
 * prefixes are ignored (some producers write `x:c`). Rows and cells without `r` follow the last one.
 * Merges are read only when the whole part is scanned (they come after the cells).
 */
export function scanSheet(pkg: OoxmlPackage, part: string, options: ScanOptions = {}): SheetScan {
  const rows: ScannedValue[][] = [];
  const styles: number[][] = [];
  const merges: CellMerge[] = [];
  let lastRow = -1;
  const stopAfter = options.lastRowWanted ?? Number.POSITIVE_INFINITY;
  const firstColumn = options.columns?.first ?? 0;
  const lastColumn = options.columns?.last ?? Number.POSITIVE_INFINITY;

  let row = -1;
  let column = -1;
  let type = "n";
  let style = 0;
  let value = "";
  let formula = "";
  let hasValue = false;
  let hasFormula = false;
  let inlineText = "";
  let inPhonetic = false;
  let target: Target = "none";
  let done = false;

  const local = (name: string): string => {
    const colon = name.indexOf(":");
    return colon < 0 ? name : name.slice(colon + 1);
  };

  const finishCell = (): void => {
    if (column < firstColumn || column > lastColumn || row < 0) return;
    let cell: ScannedValue = null;
    // An empty string is an empty cell, as Excel shows it.
    if (type === "inlineStr") cell = inlineText === "" ? null : decodeEscapes(inlineText);
    // openpyxl writes a formula's result as an empty <v/>: no result, not an empty value.
    else if (hasValue && !(hasFormula && type !== "str" && value.trim() === "")) {
      if (type === "s") cell = { sst: Number(value) };
      else if (type === "str") cell = value === "" ? null : decodeEscapes(value);
      else if (type === "b") cell = value.trim() === "1" || value.trim().toLowerCase() === "true";
      else if (type === "e") cell = { error: value.trim() };
      else if (type === "d") cell = isoToSerial(value);
      else {
        const n = Number(value);
        cell = value.trim() !== "" && Number.isFinite(n) ? (options.numberOf?.(style, n) ?? n) : null;
      }
    } else if (hasFormula) cell = { formula: `=${formula}` };
    if (cell === null && !options.withStyles) return;
    (rows[row] ??= [])[column] = cell;
    if (options.withStyles) (styles[row] ??= [])[column] = style;
    if (cell !== null && cell !== "" && row > lastRow) lastRow = row;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        switch (local(name)) {
          case "row": {
            const r = attributes["r"];
            row = r !== undefined ? Number(r) - 1 : row + 1;
            column = -1;
            if (row > stopAfter) done = true;
            break;
          }
          case "c": {
            const ref = attributes["r"];
            column = ref !== undefined ? (parseA1(ref)?.column ?? column + 1) : column + 1;
            type = attributes["t"] ?? "n";
            style = Number(attributes["s"] ?? 0);
            value = "";
            formula = "";
            inlineText = "";
            hasValue = false;
            hasFormula = false;
            break;
          }
          case "v":
            target = "v";
            hasValue = true;
            break;
          case "f":
            target = "f";
            hasFormula = true;
            break;
          case "rPh":
            inPhonetic = true;
            break;
          case "t":
            if (!inPhonetic) target = "t";
            break;
          case "mergeCell": {
            const range = parseRangeA1(attributes["ref"] ?? "");
            if (range) merges.push(range);
            break;
          }
        }
      },
      ontext(text) {
        if (target === "v") value += text;
        else if (target === "f") formula += text;
        else if (target === "t") inlineText += text;
      },
      onclosetag(name) {
        switch (local(name)) {
          case "c":
            finishCell();
            break;
          case "v":
          case "f":
          case "t":
            target = "none";
            break;
          case "rPh":
            inPhonetic = false;
            break;
          case "row":
            if (row >= stopAfter) done = true;
            break;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  pkg.streamText(part, (chunk) => {
    if (done) return false;
    parser.write(chunk);
    return !done;
  });
  if (!done) parser.end();
  return { rows, styles, merges, lastRow };
}

/** An ISO 8601 date-time (cells of type "d") as an Excel serial number. */
function isoToSerial(text: string): number | null {
  const ms = Date.parse(text.trim().length === 10 ? `${text.trim()}T00:00:00Z` : text.trim());
  return Number.isNaN(ms) ? null : ms / 86_400_000 + 25_569;
}
