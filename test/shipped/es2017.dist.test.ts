import { existsSync } from "node:fs";
import { join } from "node:path";
import { DIST, distPages, inlineScripts, scriptSources, shippedFiles } from "./shippedScripts";
import { syntaxProblems } from "./syntaxProblems";

// Runs on the production build (npm run test:dist, after npm run build in .ci/run): every script Office
// may load must parse in EdgeHTML 18 and Safari 14, i.e. as ES2017; the start-up guard even in IE's ES3.
const pages = distPages();
const OFFLINE_PAGE = "app.html";
const files = shippedFiles();

describe("the production build", () => {
  it("has the pane, the ribbon commands, the offline page and their scripts", () => {
    expect([...pages.keys()]).toEqual(expect.arrayContaining(["taskpane.html", "commands.html", "app.html"]));
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
    for (const [page, pageHtml] of pages) {
      if (page === OFFLINE_PAGE) continue;
      for (const script of inlineScripts(page, pageHtml))
        expect(syntaxProblems(script.source, 3)).toEqual([]);
    }
  });

  describe("the offline page, app.html", () => {
    const html = pages.get(OFFLINE_PAGE) ?? "";
    const scripts = inlineScripts(OFFLINE_PAGE, html);

    it("is one file: its scripts (the page's and the worker's) are inline, nothing is loaded", () => {
      expect(scriptSources(html)).toEqual([]);
      expect(html).not.toMatch(/<link\b|<img\b|<iframe\b|\ssrc\s*=/iu);
      expect(html).not.toMatch(/url\(\s*['"]?(https?:)?\/\//iu);
      expect(scripts.map((s) => s.source.length)).toEqual([expect.any(Number), expect.any(Number)]);
      // Minified HTML may leave attribute values unquoted.
      expect(html).toMatch(/<script\b[^>]*\btype=["']?text\/plain["']?[^>]*\bid=["']?offline-worker\b/u);
      // Its entries leave no script of their own in dist/ (the pane's chunks are the pane's).
      expect(files.map((f) => f.name).filter((name) => /^app/u.test(name))).toEqual([]);
    });

    it("allows no network in its Content-Security-Policy, and runs only its own inline scripts", () => {
      const policy =
        /<meta\b[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*\bcontent="([^"]*)"/iu.exec(
          html,
        )?.[1] ?? "";
      expect(policy).toMatch(/default-src 'none'/u);
      expect(policy).toMatch(/connect-src 'none'/u);
      expect(policy).toMatch(/worker-src blob:/u);
      expect(policy).not.toMatch(/unsafe-eval|unsafe-inline'[^;]*;?\s*$|https?:/u);
      const scriptSrc = /script-src([^;]*)/u.exec(policy)?.[1] ?? "";
      expect(scriptSrc).not.toMatch(/unsafe/u);
      expect(scriptSrc.match(/'sha256-/gu)).toHaveLength(1);
    });

    it.each(scripts.map((s) => [s.name, s.source] as const))("%s parses as ES2017", (_name, source) => {
      expect(syntaxProblems(source, 2017)).toEqual([]);
    });
  });
});
