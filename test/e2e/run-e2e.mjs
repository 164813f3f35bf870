// Real-browser test of the task pane: production build, served from dist/, in Debian Chromium, with
// office.js answered by an in-memory Excel stub. Clicks insert → validate → build → totals → deadlines
// at 320 and 500 px, saves screenshots to test-output/e2e/, and prints the initial JS size (gzip).
// Usage: node test/e2e/run-e2e.mjs [--build]   (--build or E2E_BUILD=1 rebuilds even when dist exists)
/* global window -- the page.evaluate callbacks below run in the browser, not in node */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";
import { chromium } from "playwright-core";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const dist = join(root, "dist");
const out = join(root, "test-output/e2e");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const INITIAL_JS_BUDGET = 450 * 1024;
const sample = JSON.parse(readFileSync(join(root, "src/sample/sample-plan-2570.json"), "utf8"));

function log(message) {
  process.stdout.write(`${message}\n`);
}

function fail(message) {
  throw new Error(message);
}

// 1. Build (only when needed, unless asked).
if (
  process.argv.includes("--build") ||
  process.env.E2E_BUILD === "1" ||
  !existsSync(join(dist, "taskpane.html"))
) {
  log("building: npx webpack --mode production");
  execFileSync("npx", ["webpack", "--mode", "production"], { cwd: root, stdio: "inherit" });
}

// 2. Initial JS of taskpane.html (everything its <script> tags load, office.js aside), gzipped.
const html = readFileSync(join(dist, "taskpane.html"), "utf8");
// The production HTML is minified: attribute values may be unquoted.
const scripts = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
  .map((m) => m[1] ?? m[2] ?? m[3])
  .filter((src) => !src.startsWith("http"));
let initialGzip = 0;
for (const src of scripts) {
  const bytes = gzipSync(readFileSync(join(dist, src.replace(/^\.?\//, ""))), { level: 9 }).length;
  initialGzip += bytes;
  log(`initial js: ${src} ${(bytes / 1024).toFixed(1)} KB gzip`);
}
log(`FIGURE initial JS of taskpane.html: ${(initialGzip / 1024).toFixed(1)} KB gzipped (budget 450 KB)`);
if (scripts.length === 0) fail("taskpane.html loads no bundle");
if (initialGzip > INITIAL_JS_BUDGET) fail(`initial JS ${initialGzip} bytes gzip exceeds 450 KB`);

// 3. The office.js stand-in.
const stub = await esbuild.build({
  entryPoints: [join(root, "test/e2e/officeStub.ts")],
  bundle: true,
  format: "iife",
  platform: "browser",
  target: "es2020",
  write: false,
  logLevel: "warning",
});
const stubJs = stub.outputFiles[0].text;

// 4. Serve dist/ on 127.0.0.1, random port.
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".png": "image/png",
  ".xml": "text/xml",
};
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(
    /^([/\\])+/,
    "",
  );
  const file = join(dist, path);
  if (!file.startsWith(dist) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
  res.end(readFileSync(file));
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
mkdirSync(out, { recursive: true });

const bahtText = (baht) =>
  baht.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

async function paneAt(width, lang = "th", colorScheme = "light") {
  const context = await browser.newContext({
    colorScheme,
    viewport: { width, height: 900 },
    locale: lang === "en" ? "en-US" : "th-TH",
  });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning")
      problems.push(`console.${message.type()}: ${message.text()}`);
  });
  // No network: office.js is the stub, anything else outside the local server is refused.
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ contentType: "text/javascript", body: stubJs });
    if (url.startsWith(base)) return route.continue();
    problems.push(`unexpected request: ${url}`);
    return route.abort();
  });
  await page.goto(`${base}/taskpane.html${lang === "en" ? "?lang=en" : ""}`);
  return { context, page, problems };
}

async function shot(page, name) {
  await page.screenshot({ path: join(out, name), fullPage: true });
  log(`screenshot ${join("test-output/e2e", name)}`);
}

async function expectVisible(locator, what) {
  try {
    await locator.first().waitFor({ state: "visible", timeout: 15000 });
  } catch {
    fail(`not visible: ${what}`);
  }
}

async function walkThrough(width) {
  const { context, page, problems } = await paneAt(width);
  const step = (name) => page.getByRole("button", { name: new RegExp(name) }).first();
  await expectVisible(page.getByRole("heading", { level: 1, name: "แผนการดำเนินงาน" }), "title");
  await shot(page, `${width}-01-start.png`);

  // 1. Insert the template into the empty workbook.
  await page.getByRole("button", { name: "ใส่แม่แบบ" }).click();
  await expectVisible(page.getByText("สร้างใหม่:"), "template report");
  await shot(page, `${width}-02-template.png`);

  // The user fills in the plan and mistypes one budget.
  await page.evaluate(() => window.__e2e.fillSample());
  const bad = await page.evaluate(() => window.__e2e.typeInTable("Projects", 2, "งบประมาณ (บาท)", "สามหมื่น"));
  await page.getByRole("button", { name: "อ่านสมุดงานใหม่" }).click();
  await expectVisible(page.getByText(sample.organisation.name), "organisation name in the header");

  // 2. Validate: the mistake is listed; clicking it selects its cell.
  await page.getByRole("button", { name: "ตรวจสอบ", exact: true }).click();
  const issue = page.getByRole("button", { name: new RegExp(`^${bad.cell}\\b`) });
  await expectVisible(issue, `issue at ${bad.cell}`);
  await shot(page, `${width}-03-issues.png`);
  await issue.first().click();
  await page.waitForFunction(
    (cell) => window.__e2e.selection()?.address.replace(/^.*!/, "").replace(/\$/g, "").startsWith(cell),
    bad.cell,
    { timeout: 5000 },
  );
  const selection = await page.evaluate(() => window.__e2e.selection());
  if (selection.sheet !== bad.sheet)
    fail(`selected ${JSON.stringify(selection)}, expected ${JSON.stringify(bad)}`);

  // The user types the budget back as it was and checks again.
  await page.evaluate(
    (previous) => window.__e2e.typeInTable("Projects", 2, "งบประมาณ (บาท)", previous),
    bad.previous,
  );
  await page.getByRole("button", { name: "ตรวจอีกครั้ง" }).click();
  await expectVisible(page.getByText("ไม่พบปัญหา ข้อมูลพร้อมจัดทำแบบ ผด."), "no issues after the fix");

  // 4. Build the official tables of the main edition.
  await page.getByRole("combobox", { name: "ฉบับ" }).selectOption("หลัก");
  await step("จัดทำแบบ ผด\\.").click();
  await page.getByRole("button", { name: "สร้างชีตแบบ ผด." }).click();
  await expectVisible(page.getByText("จัดทำเสร็จแล้ว ชีตที่เขียน:"), "build result");
  await shot(page, `${width}-04-build.png`);
  const sheets = await page.evaluate(() => window.__e2e.sheetNames());
  for (const name of ["ผด.01", "ผด.02", "ประกาศ"])
    if (!sheets.includes(name)) fail(`sheet ${name} not written: ${sheets}`);

  // 3. Totals of the main edition match the sample's independently computed figures.
  await step("ยอดรวม").click();
  const total = page.getByRole("row", { name: /รวมทั้งสิ้น/ });
  await expectVisible(total, "grand total row");
  const totalText = await total.innerText();
  const expected = sample.expected.main;
  if (!totalText.includes(bahtText(expected.budget)) || !totalText.includes(String(expected.projects))) {
    fail(
      `grand total row "${totalText}" lacks ${expected.projects} projects / ${bahtText(expected.budget)} baht`,
    );
  }
  await shot(page, `${width}-05-totals.png`);

  // 5. Deadlines; then an edit after the build makes the tables stale.
  await step("ประกาศและกำหนดเวลา").click();
  await page.evaluate(() => window.__e2e.typeInTable("Projects", 0, "หมายเหตุ", "แก้ไขหลังจัดทำ"));
  await expectVisible(page.getByText("แบบ ผด. ไม่ตรงกับข้อมูลล่าสุด"), "stale warning");
  await shot(page, `${width}-06-deadlines.png`);

  if (problems.length > 0) fail(`at ${width}px:\n${problems.join("\n")}`);
  await context.close();
  log(`ok: walk-through at ${width}px`);
}

async function englishPane(width) {
  // Excel on the web has no Office theme: the pane follows the browser's dark preference.
  const { context, page, problems } = await paneAt(width, "en", "dark");
  await expectVisible(page.getByRole("heading", { level: 1, name: "Operational plan" }), "English title");
  await page.getByRole("button", { name: "Insert the template" }).click();
  await expectVisible(page.getByText("Created:"), "English template report");
  await page.getByRole("button", { name: "Check", exact: true }).click();
  await expectVisible(page.getByRole("button", { name: "Check again" }), "English check");
  await shot(page, `${width}-en-dark.png`);
  if (problems.length > 0) fail(`English pane:\n${problems.join("\n")}`);
  await context.close();
  log(`ok: English pane at ${width}px`);
}

let failed = false;
try {
  for (const width of [320, 500]) await walkThrough(width);
  await englishPane(320);
} catch (error) {
  failed = true;
  process.stderr.write(`e2e FAILED: ${error instanceof Error ? error.message : String(error)}\n`);
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
