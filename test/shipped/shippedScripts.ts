import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const DIST = resolve(__dirname, "../../dist");

export interface ShippedScript {
  /** File name in dist/, or "page.html inline #n" for an inline script. */
  readonly name: string;
  readonly source: string;
}

/** The pages of the production build, read from dist/ (never built here: CI builds before these tests). */
export function distPages(): Map<string, string> {
  if (!existsSync(join(DIST, "taskpane.html")))
    throw new Error(`${DIST}/taskpane.html is missing: run \`npm run build\` before \`npm run test:dist\``);
  const pages = new Map<string, string>();
  for (const file of readdirSync(DIST).filter((f) => f.endsWith(".html")))
    pages.set(file, readFileSync(join(DIST, file), "utf8"));
  return pages;
}

/** Every JavaScript file in dist/: entries, chunks and anything else a page may load. */
export function shippedFiles(): ShippedScript[] {
  distPages();
  return readdirSync(DIST)
    .filter((file) => /\.m?js$/.test(file))
    .sort()
    .map((file) => ({ name: file, source: readFileSync(join(DIST, file), "utf8") }));
}

/** Inline `<script>` bodies of a page (the start-up guard). */
export function inlineScripts(page: string, html: string): ShippedScript[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((match) => !/\ssrc\s*=/i.test(match[1] ?? ""))
    .map((match, index) => ({ name: `${page} inline #${index + 1}`, source: match[2] ?? "" }));
}

/** `src` of every `<script>` of a page, in document order (minified HTML may leave values unquoted). */
export function scriptSources(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/gi)].map(
    (match) => match[1] ?? match[2] ?? match[3] ?? "",
  );
}
