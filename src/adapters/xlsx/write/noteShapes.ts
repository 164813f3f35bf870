import type { OoxmlPackage } from "../package/OoxmlPackage";
import { PartFormatError } from "../package/xml";

/**
 * The legacy drawing (VML) Excel needs to show a note: one hidden text-box shape per note, anchored
 * next to its cell (the text itself is in the comments part). Excel and LibreOffice both write and
 * read this shape; without it Excel shows no note at all.
 */
export interface NoteShape {
  /** 0-based cell position. */
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

const NAMESPACES = {
  v: "urn:schemas-microsoft-com:vml",
  o: "urn:schemas-microsoft-com:office:office",
  x: "urn:schemas-microsoft-com:office:excel",
} as const;

/** Excel's text-box shape type, which every note shape refers to. */
const NOTE_SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** Shape ids come in blocks of 1024 per drawing (the drawing's idmap); Excel starts at block 1. */
const BLOCK = 1024;

/** Characters of Thai text on one line of a 3-column note box, roughly. */
const CHARACTERS_PER_LINE = 36;

/** Rows the note box spans: enough for its text, within what a reader can take in at once. */
function boxRows(text: string): number {
  const lines = text
    .split("\n")
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / CHARACTERS_PER_LINE)), 0);
  return Math.min(24, Math.max(4, lines + 1));
}

function shapeXml(id: number, shape: NoteShape): string {
  const { row, column } = shape;
  const rows = boxRows(shape.text);
  const top = Math.max(0, row - 1);
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:60pt;margin-top:2pt;` +
    `width:216pt;height:${rows * 15}pt;z-index:${(id % BLOCK) + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>' +
    `<x:Anchor>${column + 1}, 15, ${top}, 2, ${column + 4}, 15, ${top + rows}, 4</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${column}</x:Column></x:ClientData></v:shape>`
  );
}

/** Hands out shape ids no legacy drawing of the package uses, a fresh block for each new drawing. */
export class NoteShapeIds {
  private nextBlock: number;

  constructor(pkg: OoxmlPackage) {
    let block = 0;
    for (const path of pkg.paths()) {
      if (!/\.vml$/iu.test(path)) continue;
      const text = pkg.text(path) ?? "";
      for (const match of text.matchAll(/\bdata="([\d,\s]+)"/gu))
        for (const n of (match[1] ?? "").split(",")) block = Math.max(block, Number(n) || 0);
      for (const match of text.matchAll(/_x0000_s(\d+)/gu))
        block = Math.max(block, Math.floor(Number(match[1]) / BLOCK));
    }
    this.nextBlock = block + 1;
  }

  /** A new drawing's block. */
  newBlock(): number {
    return this.nextBlock++;
  }
}

/** A new legacy drawing holding the note shapes, in the block given. */
export function newNoteDrawing(block: number, shapes: readonly NoteShape[]): string {
  const declarations = Object.entries(NAMESPACES)
    .map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`)
    .join("");
  return (
    `<xml${declarations}><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>` +
    NOTE_SHAPE_TYPE +
    shapes.map((shape, i) => shapeXml(block * BLOCK + 1 + i, shape)).join("") +
    "</xml>"
  );
}

/**
 * The sheet's existing legacy drawing with the note shapes added after its own. It is edited as text:
 * Excel's VML is often not well-formed XML (an unclosed <br>), and every byte of it stays as it was.
 * @throws PartFormatError when it has no closing </xml> to add them before
 */
export function withNoteShapes(part: string, vml: string, shapes: readonly NoteShape[]): string {
  const end = vml.search(/<\/xml>\s*$/iu);
  if (end < 0) throw new PartFormatError(part, "a legacy drawing without its closing </xml>");
  const ids = [...vml.matchAll(/_x0000_s(\d+)/gu)].map((m) => Number(m[1]));
  const idmap = Number(/\bdata="(\d+)/u.exec(vml)?.[1] ?? 1);
  const first = Math.max(idmap * BLOCK, ...ids) + 1;
  const added =
    (/id="_x0000_t202"/u.test(vml) ? "" : NOTE_SHAPE_TYPE) +
    shapes.map((shape, i) => shapeXml(first + i, shape)).join("");
  const withShapes = vml.slice(0, end) + added + vml.slice(end);
  return declareMissingPrefixes(withShapes);
}

/** Adds to the root start tag the VML prefixes the added shapes use and the drawing did not declare. */
function declareMissingPrefixes(vml: string): string {
  const start = /<xml\b[^>]*>/iu.exec(vml);
  if (!start) return vml;
  const missing = Object.entries(NAMESPACES).filter(
    ([prefix]) => !new RegExp(`\\sxmlns:${prefix}=`, "u").test(start[0]),
  );
  if (missing.length === 0) return vml;
  const tagEnd = start.index + start[0].length - (start[0].endsWith("/>") ? 2 : 1);
  const declarations = missing.map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`).join("");
  return vml.slice(0, tagEnd) + declarations + vml.slice(tagEnd);
}
