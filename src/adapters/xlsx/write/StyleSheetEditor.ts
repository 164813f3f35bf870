import type { CellStyle } from "../../../domain/layout/SheetSpec";
import type { OoxmlPackage } from "../package/OoxmlPackage";
import {
  attr,
  childNamed,
  childrenNamed,
  createLike,
  NS,
  parseXml,
  rootOf,
  serializeXml,
  type Document,
  type Element,
} from "../package/xml";

/** Excel's built-in number formats that the tool writes; others are added as custom formats. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "@": 49,
};

/** The first id Excel leaves for custom number formats. */
const FIRST_CUSTOM_FORMAT = 164;

export const MINIMAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS.main}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/**
 * Adds cell styles to a workbook's styles part without changing any style the workbook already has:
 * fonts, fills, borders, number formats and cell formats (xf) are appended, so every existing cell
 * keeps its index and look. Identical additions are shared. Call `save()` once after all additions.
 */
export class StyleSheetEditor {
  private readonly doc: Document;
  private readonly root: Element;
  private readonly added = new Map<string, number>();
  private readonly pieces = new Map<string, number>();
  private changed = false;

  constructor(
    private readonly pkg: OoxmlPackage,
    private readonly part: string,
  ) {
    this.doc = parseXml(pkg.text(part) ?? MINIMAL_STYLES, part);
    this.root = rootOf(this.doc);
    this.changed = !pkg.has(part);
    const defaultFont = childrenNamed(childNamed(this.root, "fonts") ?? this.root, "font")[0];
    const value = (name: string): string | null => {
      const element = defaultFont ? childNamed(defaultFont, name) : null;
      return element ? attr(element, "val") : null;
    };
    this.defaultFont = { name: value("name") ?? "Calibri", sizePt: Number(value("sz") ?? 11) };
  }

  /** The workbook's default font: a style that names no font keeps the user's own. */
  private readonly defaultFont: { readonly name: string; readonly sizePt: number };

  /** The cell-format index for a style, adding it when needed. */
  xfOf(style: CellStyle): number {
    const key = JSON.stringify(style);
    const known = this.added.get(key);
    if (known !== undefined) return known;
    const numFmtId = style.numberFormat === undefined ? 0 : this.numberFormatId(style.numberFormat);
    const fontId = style.font ? this.piece("fonts", fontXml({ ...this.defaultFont, ...style.font })) : 0;
    const fillId = style.fill !== undefined ? this.piece("fills", fillXml(style.fill)) : 0;
    const borderId = style.border ? this.piece("borders", borderXml(style.border)) : 0;
    const alignment = alignmentXml(style);
    const xf =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      (numFmtId !== 0 ? ` applyNumberFormat="1"` : "") +
      (fontId !== 0 ? ` applyFont="1"` : "") +
      (fillId !== 0 ? ` applyFill="1"` : "") +
      (borderId !== 0 ? ` applyBorder="1"` : "") +
      (alignment !== "" ? ` applyAlignment="1">${alignment}</xf>` : "/>");
    const index = this.append("cellXfs", xf);
    this.added.set(key, index);
    return index;
  }

  /**
   * A cell format like an existing one (its font, borders, number format, alignment, protection) but
   * filled with a solid colour; the existing format itself is not changed. Identical requests share one.
   */
  xfWithFill(base: number, color: string): number {
    const key = `fill:${base}:${color}`;
    const known = this.added.get(key);
    if (known !== undefined) return known;
    const cellXfs = childNamed(this.root, "cellXfs") ?? this.createCollection("cellXfs");
    const existing = childrenNamed(cellXfs, "xf");
    const source = existing[base] ?? existing[0];
    const fillId = this.piece("fills", fillXml(color));
    const xf = source ? (source.cloneNode(true) as Element) : createLike(cellXfs, "xf");
    if (!source) for (const name of ["numFmtId", "fontId", "borderId", "xfId"]) xf.setAttribute(name, "0");
    xf.setAttribute("fillId", String(fillId));
    xf.setAttribute("applyFill", "1");
    cellXfs.appendChild(xf);
    const count = childrenNamed(cellXfs, "xf").length;
    cellXfs.setAttribute("count", String(count));
    this.changed = true;
    this.added.set(key, count - 1);
    return count - 1;
  }

  save(): void {
    if (this.changed) this.pkg.write(this.part, serializeXml(this.doc));
  }

  private numberFormatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let numFmts = childNamed(this.root, "numFmts");
    const existing = numFmts ? childrenNamed(numFmts, "numFmt") : [];
    const same = existing.find((f) => attr(f, "formatCode") === code);
    if (same) return Number(attr(same, "numFmtId"));
    const id =
      Math.max(FIRST_CUSTOM_FORMAT - 1, ...existing.map((f) => Number(attr(f, "numFmtId") ?? 0))) + 1;
    if (!numFmts) {
      numFmts = createLike(this.root, "numFmts");
      // numFmts is the styleSheet's first child by the schema.
      this.root.insertBefore(numFmts, this.root.firstChild);
    }
    const element = createLike(numFmts, "numFmt");
    element.setAttribute("numFmtId", String(id));
    element.setAttribute("formatCode", code);
    numFmts.appendChild(element);
    numFmts.setAttribute("count", String(childrenNamed(numFmts, "numFmt").length));
    this.changed = true;
    return id;
  }

  private piece(collection: string, xml: string): number {
    const key = `${collection}:${xml}`;
    const known = this.pieces.get(key);
    if (known !== undefined) return known;
    const index = this.append(collection, xml);
    this.pieces.set(key, index);
    return index;
  }

  /** Appends one element (given as XML in the main namespace) to a collection; returns its index. */
  private append(collection: string, xml: string): number {
    const parent = childNamed(this.root, collection) ?? this.createCollection(collection);
    const fragment = parseXml(`<x xmlns="${NS.main}">${xml}</x>`, this.part);
    const element = rootOf(fragment).firstChild as Element;
    const adopted = this.adopt(element, parent);
    parent.appendChild(adopted);
    const count = childrenNamed(parent, adopted.localName ?? "").length;
    parent.setAttribute("count", String(count));
    this.changed = true;
    return count - 1;
  }

  /** A missing collection, created where the schema puts it (a producer may leave one out). */
  private createCollection(collection: string): Element {
    const element = createLike(this.root, collection);
    const later = COLLECTION_ORDER.slice(COLLECTION_ORDER.indexOf(collection) + 1);
    const next = later.map((name) => childNamed(this.root, name)).find((e) => e !== null) ?? null;
    this.root.insertBefore(element, next);
    if (collection === "cellXfs" && !childNamed(this.root, "cellStyleXfs")) {
      // An xf's xfId refers to cellStyleXfs 0; make sure it exists.
      const styleXfs = createLike(this.root, "cellStyleXfs");
      this.root.insertBefore(styleXfs, element);
      this.appendTo(styleXfs, `<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`);
    }
    return element;
  }

  private appendTo(parent: Element, xml: string): void {
    const fragment = parseXml(`<x xmlns="${NS.main}">${xml}</x>`, this.part);
    parent.appendChild(this.adopt(rootOf(fragment).firstChild as Element, parent));
    parent.setAttribute("count", String(childrenNamed(parent, "xf").length));
  }

  /** Copies an element into this document with the styles part's own prefix. */
  private adopt(element: Element, parent: Element): Element {
    const copy = createLike(parent, element.localName ?? "");
    for (let i = 0; i < element.attributes.length; i++) {
      const a = element.attributes.item(i);
      if (a && a.name !== "xmlns") copy.setAttribute(a.name, a.value);
    }
    for (let node = element.firstChild; node; node = node.nextSibling)
      if (node.nodeType === 1) copy.appendChild(this.adopt(node as Element, copy));
    return copy;
  }
}

const COLLECTION_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

const argb = (color: string): string => `FF${color.replace(/^#/u, "").toUpperCase()}`;
const escapeAttr = (text: string): string =>
  text.replace(/&/gu, "&amp;").replace(/"/gu, "&quot;").replace(/</gu, "&lt;");

function fontXml(font: NonNullable<CellStyle["font"]>): string {
  // Child order is fixed by the schema: b, i, …, sz, color, name.
  return (
    "<font>" +
    (font.bold ? "<b/>" : "") +
    (font.italic ? "<i/>" : "") +
    `<sz val="${font.sizePt ?? 11}"/>` +
    (font.color !== undefined ? `<color rgb="${argb(font.color)}"/>` : "") +
    `<name val="${escapeAttr(font.name ?? "Calibri")}"/>` +
    "</font>"
  );
}

function fillXml(color: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb(color)}"/><bgColor indexed="64"/></patternFill></fill>`;
}

function borderXml(border: NonNullable<CellStyle["border"]>): string {
  const line = (name: string, style: string | undefined): string =>
    style === undefined ? `<${name}/>` : `<${name} style="${style}"><color indexed="64"/></${name}>`;
  const side = (name: "left" | "right" | "top" | "bottom"): string => line(name, border[name]);
  // One diagonal line style serves both directions (the schema has a single <diagonal>).
  const diagonal = border.diagonalUp ?? border.diagonalDown;
  const directions =
    (border.diagonalUp ? ` diagonalUp="1"` : "") + (border.diagonalDown ? ` diagonalDown="1"` : "");
  return `<border${directions}>${side("left")}${side("right")}${side("top")}${side("bottom")}${line("diagonal", diagonal)}</border>`;
}

function alignmentXml(style: CellStyle): string {
  const attributes = [
    style.distributed
      ? `horizontal="distributed"`
      : style.horizontal !== undefined
        ? `horizontal="${style.horizontal}"`
        : "",
    style.vertical !== undefined
      ? `vertical="${style.vertical === "middle" ? "center" : style.vertical}"`
      : "",
    style.wrap ? `wrapText="1"` : "",
    style.indent !== undefined && style.indent > 0 ? `indent="${style.indent}"` : "",
  ].filter(Boolean);
  return attributes.length === 0 ? "" : `<alignment ${attributes.join(" ")}/>`;
}
