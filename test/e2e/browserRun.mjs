// What the real-browser runs (run-e2e.mjs: the task pane; run-offline-e2e.mjs: the offline page) share:
// the build, Debian Chromium with the project's flags, the page's watch for problems and CSP violations,
// axe-core, keyboard focus, screenshots, and how a run ends. Each run keeps what is its own.
/* global window, document -- the page.evaluate callbacks below run in the browser, not in node */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as esbuild from "esbuild";
import { chromium } from "playwright-core";

/** The repository's root: both runs read sources and dist/ from it. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** The production build both runs test (never committed). */
export const dist = join(root, "dist");
/** The sample plan's expected figures: both runs check totals against them. */
export const sample = JSON.parse(readFileSync(join(root, "src/sample/sample-plan-2570.json"), "utf8"));
// Injected into every page so each step can be audited without a network.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
// The brief's flags: no sandbox as root in CI, no GPU, nothing that reaches out to Google.
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** One line of progress on stdout (the CI log reads it). */
export function log(message) {
  process.stdout.write(`${message}\n`);
}

/** A failed expectation: thrown, so the run stops at the first one and says what it was. */
export function fail(message) {
  throw new Error(message);
}

/** Builds dist/ when `page` (a file of it) is missing or a rebuild is asked (--build or E2E_BUILD=1). */
export function buildIfNeeded(page) {
  if (process.argv.includes("--build") || process.env.E2E_BUILD === "1" || !existsSync(join(dist, page))) {
    log("building: npx webpack --mode production");
    execFileSync("npx", ["webpack", "--mode", "production"], { cwd: root, stdio: "inherit" });
  }
}

/** esbuild with the settings both runs use (bundled, in memory, ES2020). */
export function bundle(options) {
  return esbuild.build({ bundle: true, write: false, logLevel: "warning", target: "es2020", ...options });
}

/**
 * Imports TypeScript sources (`contents`: export lines relative to the root) by bundling them into `file`:
 * the runs take the page's own strings and specs from the sources, so nothing is retyped.
 */
export async function importSources(file, contents) {
  const built = await bundle({
    stdin: { contents, resolveDir: root, loader: "ts" },
    format: "esm",
    platform: "node",
  });
  writeFileSync(file, built.outputFiles[0].text);
  return import(pathToFileURL(file).href);
}

/** Listens on 127.0.0.1 at a free port; returns the base URL (the runs never leave this machine). */
export async function listenLocally(server) {
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  return `http://127.0.0.1:${server.address().port}`;
}

/** Debian's Chromium with the project's flags: a browser is never downloaded. */
export function launchChromium() {
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/**
 * A browser context at `width` × 900 in `lang` and `colorScheme` that records every CSP violation the page
 * reports (the policy is the page's own) and carries axe-core; `options` go to newContext as they are.
 */
export async function newAuditedContext(browser, { width, lang, colorScheme, ...options }) {
  const context = await browser.newContext({
    colorScheme,
    viewport: { width, height: 900 },
    locale: lang === "en" ? "en-US" : "th-TH",
    ...options,
  });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      window.__cspViolations.push(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`,
      ),
    );
  });
  await context.addInitScript({ content: AXE_SOURCE });
  return context;
}

/**
 * Collects the page's errors and console errors and warnings (the runs fail on any): `pageErrors: true`
 * tolerates page errors (a bundle meant to throw); console lines matching `expectedConsole` are provoked
 * on purpose. Returns the list, for the run to add its own problems to.
 */
export function watchProblems(page, { pageErrors = false, expectedConsole = [] } = {}) {
  const problems = [];
  page.on("pageerror", (error) => {
    if (!pageErrors) problems.push(`page error: ${error.message}`);
  });
  page.on("console", (message) => {
    if (expectedConsole.some((pattern) => pattern.test(message.text()))) return;
    if (message.type() === "error" || message.type() === "warning")
      problems.push(`console.${message.type()}: ${message.text()}`);
  });
  return problems;
}

/** Fails on any CSP violation or problem seen on the page, else closes its context. */
export async function closeChecked({ context, page, label, problems }) {
  const violations = await page.evaluate(() => window.__cspViolations);
  problems.push(...violations.map((v) => `CSP violation: ${v}`));
  if (problems.length > 0) fail(`${label}:\n${problems.join("\n")}`);
  await context.close();
}

/** A full-page screenshot into `dir`, logged by its path from the root (the CI keeps test-output/). */
export async function screenshot(page, dir, name) {
  await page.screenshot({ path: join(dir, name), fullPage: true });
  log(`screenshot ${relative(root, join(dir, name))}`);
}

/**
 * axe-core over a run's pages: serious and critical violations are collected and fail the run at
 * `report`; moderate and minor ones are counted by rule, with the first place seen, and only reported.
 */
export function axeAudit() {
  const findings = [];
  const lesser = new Map();
  return {
    async audit(page, where) {
      const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
      for (const violation of result.violations) {
        if (violation.impact !== "serious" && violation.impact !== "critical") {
          const seen = lesser.get(violation.id) ?? {
            nodes: 0,
            where: `${where}: ${violation.nodes[0]?.target.join(" ")}`,
          };
          lesser.set(violation.id, { ...seen, nodes: seen.nodes + violation.nodes.length });
          continue;
        }
        findings.push(
          `${where}: ${violation.id} (${violation.impact}) ${violation.help}\n` +
            violation.nodes
              .slice(0, 5)
              .map((node) => `    ${node.target.join(" ")}: ${node.failureSummary?.replace(/\s+/g, " ")}`)
              .join("\n"),
        );
      }
    },
    /** Fails on the serious and critical findings; logs the lesser ones. */
    report(pages) {
      if (findings.length > 0) fail(`axe-core: serious or critical violations\n${findings.join("\n")}`);
      log(`ok: axe-core found no serious or critical violation on ${pages}`);
      const rest = [...lesser]
        .map(([id, { nodes, where }]) => `${id} (${nodes} nodes; first at ${where})`)
        .join(", ");
      log(`axe-core moderate/minor findings: ${rest || "none"}`);
    },
  };
}

/** Waits until `locator`'s first match is visible, or fails naming `what`. */
export async function expectVisible(locator, what, timeout = 15_000) {
  try {
    await locator.first().waitFor({ state: "visible", timeout });
  } catch {
    fail(`not visible: ${what}`);
  }
}

/** Text as a literal inside a RegExp (labels hold dots, brackets and slashes: แบบ ผด.02/1). */
export function escapeRegex(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Baht as the pages show it (two decimals, thousands separated), to find a total in a row's text. */
export function bahtText(baht) {
  return baht.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A step's toggle button in the pane or the page, by the step's title. */
export function stepToggle(page, title) {
  return page.getByRole("button", { name: new RegExp(escapeRegex(title)) }).first();
}

/**
 * Presses `key` until `target` has the focus, and checks that it shows a focus indicator: `:focus-visible`,
 * and with `drawn` also an outline, or a border on its ::after (Fluent's ring), on the control or on the
 * label around it (a file input kept out of sight). Fails when the target is not reachable that way.
 */
export async function focusByKeyboard(page, target, what, { key = "Tab", drawn = false } = {}) {
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press(key);
    const state = await target.evaluate((el, needsDrawn) => {
      const isDrawn = (node) => {
        if (!node) return false;
        const own = window.getComputedStyle(node);
        const after = window.getComputedStyle(node, "::after");
        return (
          (own.outlineStyle !== "none" && parseFloat(own.outlineWidth) > 0) ||
          (after.borderStyle !== "none" && parseFloat(after.borderTopWidth) > 0)
        );
      };
      return {
        focused: el === document.activeElement,
        visible: el.matches(":focus-visible") && (!needsDrawn || isDrawn(el) || isDrawn(el.closest("label"))),
      };
    }, drawn);
    if (state.focused) {
      if (!state.visible) fail(`keyboard: ${what} has the focus but no visible focus indicator`);
      return;
    }
  }
  fail(`keyboard: ${what} is not reachable with ${key}`);
}

/**
 * Runs `body`, reports a failure as one line on stderr (prefixed by `name`), always runs `cleanup`
 * (browser, server, temporary folders), and exits 0 or 1: the CI reads the exit code.
 */
export async function runMain(name, body, cleanup) {
  let failed = false;
  try {
    await body();
  } catch (error) {
    failed = true;
    process.stderr.write(`${name} FAILED: ${error instanceof Error ? error.message : String(error)}\n`);
  } finally {
    await cleanup();
  }
  process.exit(failed ? 1 : 0);
}
