import { columnLetter, parseA1, parseRangeA1, type CellRect } from "../../../domain/grid/a1";
import { pointsToCharacters } from "../pointsToCharacters";
import type { OoxmlPackage } from "../package/OoxmlPackage";
import {
  attr,
  childNamed,
  childrenNamed,
  createLike,
  parseXml,
  rootOf,
  serializeXml,
  type Document,
  type Element,
} from "../package/xml";

/** A cell the tool was asked to write holds a formula or lies where it must not write. */
export class CellWriteRefusedError extends Error {
  constructor(
    readonly sheet: string,
    readonly cell: string,
    readonly reason: "formula" | "occupied",
  ) {
    super(`${sheet}!${cell}: ${reason === "formula" ? "holds a formula" : "is not empty"}`);
    this.name = "CellWriteRefusedError";
  }
}

/** Elements of a worksheet in schema order, to place a new child where Excel expects it. */
const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

/**
 * Targeted edits of an existing worksheet part, keeping everything else in it as it was: cells are
 * set one by one (text as inline strings, so nothing becomes a formula), and table parts and list
 * validations can be added. A new cell takes the style of the cell above it, as Excel does when a
 * table grows. Nothing is written until `save()`.
 */
export class SheetPatcher {
  private readonly doc: Document;
  private readonly root: Element;
  private readonly sheetData: Element;
  private rows: Map<number, Element> | null = null;
  private lastRowIndex = -1;
  private maxRow = -1;
  private maxColumn = -1;

  constructor(
    private readonly pkg: OoxmlPackage,
    private readonly part: string,
    private readonly sheetName: string,
  ) {
    this.doc = parseXml(pkg.text(part) ?? "", part);
    this.root = rootOf(this.doc);
    this.sheetData = childNamed(this.root, "sheetData") ?? this.insertChild("sheetData");
  }

  /** 0-based index of the last row holding a value; −1 for an empty sheet. */
  lastUsedRow(): number {
    let last = -1;
    for (const [index, row] of this.rowMap())
      if (childrenNamed(row, "c").some((c) => hasValue(c)) && index > last) last = index;
    return last;
  }

  /** True when the cell holds a value (or a formula). */
  isOccupied(row: number, column: number): boolean {
    const cell = this.findCell(row, column);
    return cell !== null && hasValue(cell);
  }

  /**
   * Sets a cell: text as an inline string, a number, or null to clear its value (its style stays).
   * @param xf the cell format to give it; default: keep the cell's own, or take the one above
   * @throws CellWriteRefusedError when the cell holds a formula (writing would break it)
   */
  setCell(row: number, column: number, value: string | number | null, xf?: number): void {
    const rowElement = this.rowElement(row);
    const found = this.findCell(row, column);
    const ref = `${columnLetter(column)}${row + 1}`;
    if (found && childNamed(found, "f")) throw new CellWriteRefusedError(this.sheetName, ref, "formula");
    const cell = found ?? this.addCell(rowElement, row, column, this.styleAbove(row, column));
    if (xf !== undefined) cell.setAttribute("s", String(xf));
    while (cell.firstChild) cell.removeChild(cell.firstChild);
    cell.removeAttribute("t");
    if (typeof value === "number") {
      const v = createLike(cell, "v");
      v.appendChild(this.doc.createTextNode(String(value)));
      cell.appendChild(v);
    } else if (typeof value === "string" && value !== "") {
      cell.setAttribute("t", "inlineStr");
      const is = createLike(cell, "is");
      const t = createLike(is, "t");
      if (/^\s|\s$|\n/u.test(value)) t.setAttribute("xml:space", "preserve");
      t.appendChild(this.doc.createTextNode(value));
      is.appendChild(t);
      cell.appendChild(is);
    }
    // Row spans are a reader's hint that a new cell may contradict.
    rowElement.removeAttribute("spans");
    this.maxRow = Math.max(this.maxRow, row);
    this.maxColumn = Math.max(this.maxColumn, column);
  }

  /**
   * The cell format a cell shows: its own; for a cell not written, its row's (a formatted row) or its
   * column's, as Excel shows it; 0 (the default format) otherwise.
   */
  shownXf(row: number, column: number): number {
    const own = this.findCell(row, column);
    if (own) return Number(attr(own, "s") ?? 0);
    const rowElement = this.rowMap().get(row);
    if (rowElement && ["1", "true"].includes(attr(rowElement, "customFormat") ?? ""))
      return Number(attr(rowElement, "s") ?? 0);
    const cols = childNamed(this.root, "cols");
    const n = column + 1;
    const col = (cols ? childrenNamed(cols, "col") : []).find(
      (c) => Number(attr(c, "min")) <= n && Number(attr(c, "max")) >= n,
    );
    return Number((col && attr(col, "style")) ?? 0);
  }

  /** Gives a cell a cell format; a cell not written yet is added without a value. Its value stays. */
  setCellXf(row: number, column: number, xf: number): void {
    const cell = this.findCell(row, column) ?? this.addCell(this.rowElement(row), row, column, null);
    cell.setAttribute("s", String(xf));
    this.maxRow = Math.max(this.maxRow, row);
    this.maxColumn = Math.max(this.maxColumn, column);
  }

  /** The relationship id of the sheet's legacy drawing (the VML that draws notes), or null. */
  legacyDrawingId(): string | null {
    const element = childNamed(this.root, "legacyDrawing");
    return element ? attr(element, "id") : null;
  }

  /** Links a legacy drawing (VML, by the sheet's relationship id) into a sheet that has none. */
  setLegacyDrawing(relationshipId: string, relationshipsNamespace: string): void {
    const element = this.insertChild("legacyDrawing");
    const prefix = this.root.lookupPrefix(relationshipsNamespace) ?? "r";
    element.setAttributeNS(relationshipsNamespace, `${prefix}:id`, relationshipId);
  }

  /** The sheet's merged areas. */
  mergedAreas(): CellRect[] {
    const container = childNamed(this.root, "mergeCells");
    return (container ? childrenNamed(container, "mergeCell") : []).flatMap((m) => {
      const rect = parseRangeA1(attr(m, "ref") ?? "");
      return rect ? [rect] : [];
    });
  }

  /** Gives a column a width unless the sheet already says something about that column. */
  setColumnWidthIfUnset(column: number, widthPt: number): void {
    const cols = childNamed(this.root, "cols") ?? this.insertChild("cols");
    const existing = childrenNamed(cols, "col");
    const n = column + 1;
    if (existing.some((c) => Number(attr(c, "min")) <= n && Number(attr(c, "max")) >= n)) return;
    const element = createLike(cols, "col");
    element.setAttribute("min", String(n));
    element.setAttribute("max", String(n));
    element.setAttribute("width", String(Math.round(pointsToCharacters(widthPt) * 1000) / 1000));
    element.setAttribute("customWidth", "1");
    // Columns are listed in order.
    cols.insertBefore(element, existing.find((c) => Number(attr(c, "min")) > n) ?? null);
  }

  /** Adds a list validation over a range (e.g. a dropdown on a new table's column). */
  addListValidation(sqref: string, formula: string): void {
    const container = childNamed(this.root, "dataValidations") ?? this.insertChild("dataValidations");
    const element = createLike(container, "dataValidation");
    element.setAttribute("type", "list");
    element.setAttribute("allowBlank", "1");
    element.setAttribute("showInputMessage", "1");
    element.setAttribute("showErrorMessage", "0");
    element.setAttribute("sqref", sqref);
    const formulaElement = createLike(element, "formula1");
    formulaElement.appendChild(this.doc.createTextNode(formula));
    element.appendChild(formulaElement);
    container.appendChild(element);
    container.setAttribute("count", String(childrenNamed(container, "dataValidation").length));
  }

  /** Links a table part (by the sheet's relationship id) into the sheet. */
  addTablePart(relationshipId: string, relationshipsNamespace: string): void {
    const container = childNamed(this.root, "tableParts") ?? this.insertChild("tableParts");
    const element = createLike(container, "tablePart");
    const prefix = this.root.lookupPrefix(relationshipsNamespace) ?? "r";
    element.setAttributeNS(relationshipsNamespace, `${prefix}:id`, relationshipId);
    container.appendChild(element);
    container.setAttribute("count", String(childrenNamed(container, "tablePart").length));
  }

  save(): void {
    const dimension = childNamed(this.root, "dimension");
    if (dimension && this.maxRow >= 0) {
      const current = parseRangeA1(attr(dimension, "ref") ?? "A1");
      const lastRow = Math.max(this.maxRow, current ? current.row + current.rowCount - 1 : 0);
      const lastColumn = Math.max(this.maxColumn, current ? current.column + current.columnCount - 1 : 0);
      const first = current ? `${columnLetter(current.column)}${current.row + 1}` : "A1";
      dimension.setAttribute("ref", `${first}:${columnLetter(lastColumn)}${lastRow + 1}`);
    }
    this.pkg.write(this.part, serializeXml(this.doc));
  }

  private rowMap(): Map<number, Element> {
    if (this.rows) return this.rows;
    const rows = new Map<number, Element>();
    let previous = -1;
    for (const row of childrenNamed(this.sheetData, "row")) {
      const r = attr(row, "r");
      previous = r === null ? previous + 1 : Number(r) - 1;
      if (r === null) row.setAttribute("r", String(previous + 1));
      rows.set(previous, row);
    }
    this.rows = rows;
    this.lastRowIndex = Math.max(-1, ...rows.keys());
    return rows;
  }

  private rowElement(row: number): Element {
    const rows = this.rowMap();
    const existing = rows.get(row);
    if (existing) return existing;
    const element = createLike(this.sheetData, "row");
    element.setAttribute("r", String(row + 1));
    // Rows are written in order; appending past the last one (the usual case) needs no search.
    let next: Element | null = null;
    if (row < this.lastRowIndex) {
      let nextIndex = Number.POSITIVE_INFINITY;
      for (const [index, candidate] of rows) {
        if (index > row && index < nextIndex) {
          nextIndex = index;
          next = candidate;
        }
      }
    }
    this.sheetData.insertBefore(element, next);
    rows.set(row, element);
    this.lastRowIndex = Math.max(this.lastRowIndex, row);
    return element;
  }

  private findCell(row: number, column: number): Element | null {
    const rowElement = this.rowMap().get(row);
    if (!rowElement) return null;
    let previous = -1;
    for (const cell of childrenNamed(rowElement, "c")) {
      const ref = attr(cell, "r");
      previous = ref === null ? previous + 1 : (parseA1(ref)?.column ?? previous + 1);
      if (ref === null) cell.setAttribute("r", `${columnLetter(previous)}${row + 1}`);
      if (previous === column) return cell;
    }
    return null;
  }

  /** A new empty cell in its place in the row (cells are kept in column order). */
  private addCell(rowElement: Element, row: number, column: number, style: string | null): Element {
    const cell = createLike(rowElement, "c");
    cell.setAttribute("r", `${columnLetter(column)}${row + 1}`);
    if (style !== null) cell.setAttribute("s", style);
    const next = childrenNamed(rowElement, "c").find((c) => columnOfCell(c) > column) ?? null;
    rowElement.insertBefore(cell, next);
    // Row spans are a reader's hint that a new cell may contradict.
    rowElement.removeAttribute("spans");
    return cell;
  }

  private styleAbove(row: number, column: number): string | null {
    for (let r = row - 1; r >= Math.max(0, row - 1); r--) {
      const cell = this.findCell(r, column);
      if (cell) return attr(cell, "s");
    }
    return null;
  }

  private insertChild(localName: string): Element {
    const element = createLike(this.root, localName);
    const later = WORKSHEET_ORDER.slice(WORKSHEET_ORDER.indexOf(localName) + 1);
    let next: Element | null = null;
    for (let node = this.root.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 1 && later.includes((node as Element).localName ?? "")) {
        next = node as Element;
        break;
      }
    }
    this.root.insertBefore(element, next);
    return element;
  }
}

function hasValue(cell: Element): boolean {
  for (let node = cell.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const name = (node as Element).localName;
    if (name === "f") return true;
    if ((name === "v" || name === "is") && (node.textContent ?? "").trim() !== "") return true;
  }
  return false;
}

function columnOfCell(cell: Element): number {
  return parseA1(attr(cell, "r") ?? "")?.column ?? Number.POSITIVE_INFINITY;
}
