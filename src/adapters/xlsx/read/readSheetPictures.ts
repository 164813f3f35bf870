import type { SheetPicture } from "../../../app/WorkbookPort";
import type { OoxmlPackage } from "../package/OoxmlPackage";
import { isType, readRelationships } from "../package/relationships";
import { attr, childNamed, childrenNamed, parseXml, rootOf, type Element } from "../package/xml";
import type { WorkbookStructure } from "./readStructure";

/** Depth-first search for the first descendant with this local name. */
function descendant(element: Element, localName: string): Element | null {
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== 1) continue;
    const child = node as Element;
    if (child.localName === localName) return child;
    const found = descendant(child, localName);
    if (found) return found;
  }
  return null;
}

const numberIn = (parent: Element | null, name: string): number =>
  Number((parent && childNamed(parent, name)?.textContent) ?? 0);

/**
 * The pictures of a worksheet (its drawings' pictures, not shapes or charts), top to bottom and left
 * to right by the cell their top-left corner is anchored at; a picture whose image part is missing is
 * left out. None when the sheet does not exist or has no drawing.
 */
export function readSheetPictures(
  pkg: OoxmlPackage,
  structure: WorkbookStructure,
  name: string,
): SheetPicture[] {
  const sheet =
    structure.sheets.find((s) => s.name === name) ??
    structure.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!sheet || sheet.part === null) return [];
  const pictures: SheetPicture[] = [];
  for (const drawing of readRelationships(pkg, sheet.part).filter(
    (r) => isType(r, "drawing") && !r.external,
  )) {
    const text = pkg.text(drawing.target);
    if (text === null) continue;
    const media = readRelationships(pkg, drawing.target);
    for (const anchor of [...childrenOf(rootOf(parseXml(text, drawing.target)))]) {
      const pic = childNamed(anchor, "pic");
      const embed = pic ? descendant(pic, "blip") : null;
      const id = embed ? (attr(embed, "embed") ?? "") : "";
      const target = media.find((r) => r.id === id && !r.external)?.target;
      const data = target === undefined ? null : pkg.bytes(target);
      if (!data) continue;
      const from = childNamed(anchor, "from");
      pictures.push({ data, row: numberIn(from, "row"), column: numberIn(from, "col") });
    }
  }
  return pictures.sort((a, b) => a.row - b.row || a.column - b.column);
}

/** The anchors of a drawing, of every kind (two-cell, one-cell, absolute). */
function childrenOf(root: Element): Element[] {
  return ["twoCellAnchor", "oneCellAnchor", "absoluteAnchor"].flatMap((kind) => childrenNamed(root, kind));
}
