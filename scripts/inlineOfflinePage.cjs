// The offline page (dist/app.html) is one file that works from disk with no network: the page's script
// and its worker's script, as webpack built and minified them, are put inside the HTML and their own
// files are not emitted. The worker's code travels as a data block (<script type="text/plain">) that
// the page turns into a blob: URL. The entries must be one chunk each: an import() would need a file.
const { readFileSync } = require("node:fs");

const NAME = "InlineOfflinePagePlugin";
const MARK = "<!-- offline-page-scripts -->";

/**
 * Code made safe inside <script>…</script>: "</script" would end the element early, so its slash is
 * escaped (`<\/script`, the same text in any string, template or regex the code can hold it in);
 * "<!--" would change how the HTML parser reads the rest, and code never needs it, so it is refused.
 */
function inlineSafe(code, what) {
  if (code.includes("<!--")) throw new Error(`${NAME}: ${what} contains "<!--" and cannot be inlined`);
  return code.replace(/<\/(script)/giu, "<\\/$1").replace(/^\/\/# sourceMappingURL=.*$/gmu, "");
}

class InlineOfflinePagePlugin {
  /** @param {{ template: string, filename: string, page: string, worker: string }} options entry names */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    const { template, filename, page, worker } = this.options;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.fileDependencies.add(template);
      compilation.hooks.processAssets.tap(
        // After minification, before the CSP hashes are taken (InlineScriptHashesPlugin, at REPORT).
        { name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE },
        () => {
          const files = (entry) => {
            const group = compilation.entrypoints.get(entry);
            if (!group) throw new Error(`${NAME}: no entry named ${entry}`);
            for (const chunk of group.chunks)
              if (chunk.getAllAsyncChunks().size > 0)
                throw new Error(
                  `${NAME}: ${entry} loads code lazily (import()); the offline page must be one file`,
                );
            return group.getFiles().filter((file) => !file.endsWith(".LICENSE.txt"));
          };
          // Licence texts terser took out of the code go at the end of the page (their own file is not shipped).
          const licences = [];
          const code = (entry) =>
            files(entry)
              .filter((file) => file.endsWith(".js"))
              .map((file) => {
                const text = compilation.getAsset(file).source.source().toString();
                const licence = compilation.getAsset(`${file}.LICENSE.txt`);
                if (!licence) return text;
                licences.push(licence.source.source().toString());
                compilation.deleteAsset(`${file}.LICENSE.txt`);
                return text.replace(
                  `For license information please see ${file}.LICENSE.txt`,
                  'Licences: in <template id="licences"> at the end of this page',
                );
              })
              .join("\n");
          const scripts =
            `<script type="text/plain" id="offline-worker">${inlineSafe(code(worker), worker)}</script>\n` +
            `<script>${inlineSafe(code(page), page)}</script>`;
          const html = readFileSync(template, "utf8");
          if (!html.includes(MARK)) throw new Error(`${NAME}: ${template} lacks ${MARK}`);
          // Inert, never shown; a comment would be taken out again by webpack's HTML minimizer.
          const escaped = licences
            .join("\n")
            .replace(/&/gu, "&amp;")
            .replace(/</gu, "&lt;")
            .replace(/>/gu, "&gt;");
          const notice =
            licences.length === 0 ? "" : `<template id="licences"><pre>${escaped}</pre></template>\n`;
          const pageHtml = html.replace(MARK, () => scripts).replace("</body>", () => `${notice}</body>`);
          compilation.emitAsset(filename, new sources.RawSource(pageHtml));
          for (const entry of [page, worker])
            for (const file of files(entry)) {
              compilation.deleteAsset(file);
              if (compilation.getAsset(`${file}.map`)) compilation.deleteAsset(`${file}.map`);
            }
        },
      );
    });
  }
}

module.exports = { InlineOfflinePagePlugin, inlineSafe };
