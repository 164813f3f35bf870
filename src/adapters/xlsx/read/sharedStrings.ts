import type { OoxmlPackage } from "../package/OoxmlPackage";
import { decodeEscapes } from "./decodeEscapes";

/**
 * The shared strings with the given indexes, read by scanning the part for `<si>` items and decoding
 * only the wanted ones: a workbook with a huge unrelated sheet can hold millions of strings the plan
 * never uses. Rich-text runs are joined; phonetic runs (`rPh`) are left out.
 */
export function readSharedStrings(
  pkg: OoxmlPackage,
  part: string | null,
  wanted: ReadonlySet<number>,
): Map<number, string> {
  const found = new Map<number, string>();
  if (part === null || wanted.size === 0) return found;
  const last = Math.max(...wanted);
  let buffer = "";
  let index = 0;
  let prefix: string | null = null;
  pkg.streamText(part, (chunk) => {
    buffer += chunk;
    if (prefix === null) {
      const root = /<([A-Za-z_][\w.-]*:)?sst[\s>]/u.exec(buffer);
      if (!root) return buffer.length < 65_536;
      prefix = root[1] ?? "";
    }
    const open = `<${prefix}si`;
    const close = `</${prefix}si>`;
    let at = 0;
    for (;;) {
      const start = buffer.indexOf(open, at);
      if (start < 0) break;
      const after = buffer.charCodeAt(start + open.length);
      // "<si>" or "<si/>" — not "<sie…>"
      if (after !== 62 && after !== 47 && after !== 32) {
        at = start + open.length;
        continue;
      }
      if (after === 47) {
        if (wanted.has(index)) found.set(index, "");
        index++;
        at = start + open.length + 2;
        continue;
      }
      const end = buffer.indexOf(close, start);
      if (end < 0) {
        at = start;
        break;
      }
      if (wanted.has(index)) found.set(index, itemText(buffer.slice(start, end), prefix));
      index++;
      at = end + close.length;
    }
    buffer = buffer.slice(at);
    return index <= last;
  });
  return found;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/gu;

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (_, name: string) => {
    if (name.startsWith("#x")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[name] ?? "";
  });
}

/** The text of one `<si>` item: every `<t>` outside `<rPh>`, joined. */
function itemText(item: string, rawPrefix: string): string {
  const prefix = rawPrefix.replace(/[.-]/gu, "\\$&");
  const withoutPhonetic = item.replace(new RegExp(`<${prefix}rPh[\\s>][\\s\\S]*?</${prefix}rPh>`, "gu"), "");
  const pattern = new RegExp(
    `<${prefix}t(?:\\s[^>]*)?>([\\s\\S]*?)</${prefix}t>|<${prefix}t(?:\\s[^>]*)?/>`,
    "gu",
  );
  let text = "";
  for (const match of withoutPhonetic.matchAll(pattern)) {
    const raw = match[1] ?? "";
    text += decodeEntities(raw.startsWith("<![CDATA[") ? raw.slice(9, -3) : raw);
  }
  return decodeEscapes(text);
}
