// The Content-Security-Policy of a page allows its inline scripts (the start-up guard) by hash, never by
// 'unsafe-inline': the build adds the sha256 of each inline script, as emitted, to the policy's script-src.
const { createHash } = require("node:crypto");

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const POLICY_META = /(<meta\b[^>]*\bhttp-equiv=["']?Content-Security-Policy["']?[^>]*\bcontent=")([^"]*)(")/i;
const NAME = "InlineScriptHashesPlugin";

/** A <script> without a type, or with a JavaScript type, runs; any other type is data. */
function isScriptType(attributes) {
  const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1];
  return type === undefined || /^(text|application)\/(javascript|ecmascript)$|^module$/i.test(type);
}

/** `html` with the hash of each of its inline scripts added to its CSP meta's script-src. */
function withInlineScriptHashes(html) {
  const hashes = [...html.matchAll(INLINE_SCRIPT)]
    // Scripts the page runs: not those it loads by src, nor data blocks (type="text/plain", JSON…).
    .filter((match) => !/\ssrc\s*=/i.test(match[1]) && isScriptType(match[1]))
    .map((match) => `'sha256-${createHash("sha256").update(match[2], "utf8").digest("base64")}'`);
  if (hashes.length === 0) return html;
  if (!POLICY_META.test(html))
    throw new Error("a page with inline scripts has no Content-Security-Policy meta");
  return html.replace(POLICY_META, (_, before, policy, after) => {
    if (!/(^|;)\s*script-src\s/.test(policy)) throw new Error(`no script-src in the policy: ${policy}`);
    return before + policy.replace(/(^|;)(\s*script-src\s[^;]*)/, `$1$2 ${hashes.join(" ")}`) + after;
  });
}

/** Applies withInlineScriptHashes to every emitted .html page, last of all (after any minifier). */
class InlineScriptHashesPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          for (const name of Object.keys(assets).filter((file) => file.endsWith(".html"))) {
            const html = withInlineScriptHashes(assets[name].source().toString());
            compilation.updateAsset(name, new sources.RawSource(html));
          }
        },
      );
    });
  }
}

module.exports = { withInlineScriptHashes, InlineScriptHashesPlugin };
