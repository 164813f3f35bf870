import type { OoxmlPackage } from "./OoxmlPackage";
import { attr, childrenNamed, createLike, NS, parseXml, rootOf, serializeXml } from "./xml";

const PATH = "[Content_Types].xml";

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
  xml: "application/xml",
} as const;

/** The content type of a part: its Override, else the Default of its extension; null when neither. */
export function contentTypeOf(pkg: OoxmlPackage, part: string): string | null {
  const text = pkg.text(PATH);
  if (text === null) return null;
  const root = rootOf(parseXml(text, PATH));
  const wanted = `/${part}`.toLowerCase();
  for (const override of childrenNamed(root, "Override"))
    if ((attr(override, "PartName") ?? "").toLowerCase() === wanted) return attr(override, "ContentType");
  const extension = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  for (const entry of childrenNamed(root, "Default"))
    if ((attr(entry, "Extension") ?? "").toLowerCase() === extension) return attr(entry, "ContentType");
  return null;
}

/**
 * Sets Overrides for added parts, removes those of removed parts, and adds Defaults for extensions
 * (e.g. png) that are missing. Everything else in the part is kept as written.
 */
export function updateContentTypes(
  pkg: OoxmlPackage,
  change: {
    readonly overrides?: readonly { readonly part: string; readonly contentType: string }[];
    readonly removed?: readonly string[];
    readonly defaults?: readonly { readonly extension: string; readonly contentType: string }[];
  },
): void {
  const text =
    pkg.text(PATH) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${NS.contentTypes}"><Default Extension="rels" ContentType="${CONTENT_TYPE.relationships}"/><Default Extension="xml" ContentType="${CONTENT_TYPE.xml}"/></Types>`;
  const doc = parseXml(text, PATH);
  const root = rootOf(doc);
  const gone = new Set(
    [...(change.removed ?? []), ...(change.overrides ?? []).map((o) => o.part)].map((p) =>
      `/${p}`.toLowerCase(),
    ),
  );
  for (const override of childrenNamed(root, "Override"))
    if (gone.has((attr(override, "PartName") ?? "").toLowerCase())) root.removeChild(override);
  const extensions = new Set(
    childrenNamed(root, "Default").map((d) => (attr(d, "Extension") ?? "").toLowerCase()),
  );
  for (const { extension, contentType } of change.defaults ?? []) {
    if (extensions.has(extension.toLowerCase())) continue;
    const element = createLike(root, "Default");
    element.setAttribute("Extension", extension);
    element.setAttribute("ContentType", contentType);
    // Defaults come before Overrides in the files Excel writes.
    root.insertBefore(element, childrenNamed(root, "Override")[0] ?? null);
    extensions.add(extension.toLowerCase());
  }
  for (const { part, contentType } of change.overrides ?? []) {
    const element = createLike(root, "Override");
    element.setAttribute("PartName", `/${part}`);
    element.setAttribute("ContentType", contentType);
    root.appendChild(element);
  }
  pkg.write(PATH, serializeXml(doc));
}
