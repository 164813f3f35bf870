import { DOMParser, XMLSerializer, type Document, type Element } from "@xmldom/xmldom";

export type { Document, Element };

/** A part's XML is not well-formed: the file is damaged. */
export class PartFormatError extends Error {
  constructor(
    readonly part: string,
    detail: string,
  ) {
    super(`${part}: ${detail}`);
    this.name = "PartFormatError";
  }
}

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  relationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  packageRelationships: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
} as const;

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Parses a part's XML. @throws PartFormatError */
export function parseXml(text: string, part: string): Document {
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") throw new PartFormatError(part, message);
      },
    }).parseFromString(text, "application/xml");
    if (!doc.documentElement) throw new PartFormatError(part, "no root element");
    return doc;
  } catch (error) {
    if (error instanceof PartFormatError) throw error;
    throw new PartFormatError(part, error instanceof Error ? error.message : String(error));
  }
}

export function serializeXml(doc: Document): string {
  const text = new XMLSerializer().serializeToString(doc);
  return text.startsWith("<?xml") ? text : DECLARATION + text;
}

/** The root element (a parsed part always has one). */
export function rootOf(doc: Document): Element {
  const root = doc.documentElement;
  if (!root) throw new PartFormatError("xml", "no root element");
  return root;
}

/** Child elements with this local name, whatever prefix the producer used. */
export function childrenNamed(parent: Element, localName: string): Element[] {
  const out: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).localName === localName) out.push(node as Element);
  }
  return out;
}

export function childNamed(parent: Element, localName: string): Element | null {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 && (node as Element).localName === localName) return node as Element;
  }
  return null;
}

/** An attribute by local name (prefixed or not); null when absent. */
export function attr(element: Element, localName: string): string | null {
  const attributes = element.attributes;
  for (let i = 0; i < attributes.length; i++) {
    const a = attributes.item(i);
    if (a && (a.localName ?? a.name) === localName) return a.value;
  }
  return null;
}

/** A new element in the parent's namespace and with its prefix, so prefixed parts stay consistent. */
export function createLike(parent: Element, localName: string): Element {
  const doc = parent.ownerDocument;
  if (!doc) throw new PartFormatError("xml", "element outside a document");
  const qualified = parent.prefix ? `${parent.prefix}:${localName}` : localName;
  return doc.createElementNS(parent.namespaceURI, qualified);
}

/** Escapes text for element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/gu, (ch) =>
    ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : "&quot;",
  );
}
