import type { OoxmlPackage } from "./OoxmlPackage";
import { attr, childrenNamed, createLike, NS, parseXml, rootOf, serializeXml } from "./xml";

export interface Relationship {
  readonly id: string;
  /** The full relationship type URI. */
  readonly type: string;
  /** Package part name (no leading slash) the target resolves to; for external targets, as written. */
  readonly target: string;
  readonly external: boolean;
}

/** Relationship types end the same in transitional and strict OOXML; match on the last segment. */
export function isType(relationship: Relationship, kind: string): boolean {
  return relationship.type.endsWith(`/${kind}`);
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The folder a part's relative targets resolve against. */
function baseOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return slash < 0 ? "" : part.slice(0, slash + 1);
}

/**
 * Resolves a relationship target against its source part. Absolute targets ("/xl/workbook.xml", as
 * openpyxl writes them) are package-rooted; relative ones are relative to the source's folder.
 */
export function resolveTarget(sourcePart: string, target: string): string {
  const decoded = safeDecode(target.split("#")[0] ?? "");
  const joined = decoded.startsWith("/") ? decoded.slice(1) : baseOf(sourcePart) + decoded;
  const segments: string[] = [];
  for (const segment of joined.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments.join("/");
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A target written relative to the source part's folder, as Excel writes them. */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = baseOf(sourcePart).split("/").filter(Boolean);
  const to = targetPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/** The relationships of a part ("" for the package's own); none when it has no .rels part. */
export function readRelationships(pkg: OoxmlPackage, sourcePart: string): Relationship[] {
  const path = sourcePart === "" ? "_rels/.rels" : relsPathOf(sourcePart);
  const text = pkg.text(path);
  if (text === null) return [];
  return childrenNamed(rootOf(parseXml(text, path)), "Relationship").map((element) => {
    const target = attr(element, "Target") ?? "";
    const external = attr(element, "TargetMode") === "External";
    return {
      id: attr(element, "Id") ?? "",
      type: attr(element, "Type") ?? "",
      target: external ? target : resolveTarget(sourcePart, target),
      external,
    };
  });
}

/**
 * Adds relationships to a part's .rels (created when missing), keeping every existing one as written;
 * returns the new ids in order. Ids are "rId" + a number no existing id uses.
 */
export function addRelationships(
  pkg: OoxmlPackage,
  sourcePart: string,
  added: readonly { readonly type: string; readonly targetPart: string }[],
): string[] {
  const path = sourcePart === "" ? "_rels/.rels" : relsPathOf(sourcePart);
  const text =
    pkg.text(path) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.packageRelationships}"></Relationships>`;
  const doc = parseXml(text, path);
  const root = rootOf(doc);
  const used = new Set(childrenNamed(root, "Relationship").map((r) => attr(r, "Id") ?? ""));
  let next = 1;
  const ids = added.map(({ type, targetPart }) => {
    while (used.has(`rId${next}`)) next++;
    const id = `rId${next}`;
    used.add(id);
    const element = createLike(root, "Relationship");
    element.setAttribute("Id", id);
    element.setAttribute("Type", type);
    element.setAttribute("Target", relativeTarget(sourcePart, targetPart));
    root.appendChild(element);
    return id;
  });
  pkg.write(path, serializeXml(doc));
  return ids;
}

/** Removes relationships by id from a part's .rels. */
export function removeRelationships(pkg: OoxmlPackage, sourcePart: string, ids: ReadonlySet<string>): void {
  const path = sourcePart === "" ? "_rels/.rels" : relsPathOf(sourcePart);
  const text = pkg.text(path);
  if (text === null || ids.size === 0) return;
  const doc = parseXml(text, path);
  const root = rootOf(doc);
  for (const element of childrenNamed(root, "Relationship"))
    if (ids.has(attr(element, "Id") ?? "")) root.removeChild(element);
  pkg.write(path, serializeXml(doc));
}

export const REL = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  image: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image",
  theme: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme",
  coreProperties: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
  extendedProperties:
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
} as const;
