import { existsSync } from "node:fs";
import { join } from "node:path";
import { DIST, distPages, inlineScripts, scriptSources, shippedFiles } from "./shippedScripts";
import { syntaxProblems } from "./syntaxProblems";

// Runs on the production build (npm run test:dist, after npm run build in .ci/run): every script Office
// may load must parse in EdgeHTML 18 and Safari 14, i.e. as ES2017; the start-up guard even in IE's ES3.
const pages = distPages();
const files = shippedFiles();

describe("the production build", () => {
  it("has the pane, the ribbon commands and their scripts", () => {
    expect([...pages.keys()]).toEqual(expect.arrayContaining(["taskpane.html", "commands.html"]));
    for (const [page, html] of pages) {
      const local = scriptSources(html).filter((src) => !/^https?:/.test(src));
      expect({ page, scripts: local.length }).toEqual({ page, scripts: expect.any(Number) });
      for (const src of local)
        expect({ page, src, exists: existsSync(join(DIST, src)) }).toEqual({ page, src, exists: true });
    }
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each(files.map((f) => [f.name, f.source] as const))("%s parses as ES2017", (_name, source) => {
    expect(syntaxProblems(source, 2017)).toEqual([]);
  });

  it("taskpane.html starts with an inline guard that parses as ES3", () => {
    const html = pages.get("taskpane.html") ?? "";
    const [guard] = inlineScripts("taskpane.html", html);
    expect(guard?.source.length ?? 0).toBeGreaterThan(100);
    expect(html.indexOf(guard?.source ?? "<none>")).toBeLessThan(html.search(/<script\b[^>]*\ssrc=/i));
    for (const [page, pageHtml] of pages)
      for (const script of inlineScripts(page, pageHtml))
        expect(syntaxProblems(script.source, 3)).toEqual([]);
  });
});
