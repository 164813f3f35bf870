// Real-browser test of the task pane: production build, served from dist/, in Debian Chromium, with
// office.js answered by an in-memory Excel stub. Under the page's own Content-Security-Policy it
// - walks insert → validate → build → totals → deadlines at 320 and 500 px, Thai and English, light and dark,
//   with axe-core over every step (no serious or critical violation) and screenshots in test-output/e2e/;
// - shows step 6 (follow-up) of the sample plan with its follow-up at 320 and 500 px, writes a report;
// - walks the five steps once more with the keyboard only;
// - measures the scripts the pane loads before it is interactive (gzip, budget INITIAL_JS_BUDGET);
// - shows the start-up guard's plain-HTML notices: Internet Explorer (Trident), EdgeHTML, a bundle that
//   throws, a bundle that never mounts, Excel too old, no Office.js;
// and fails on any CSP violation, page error, console error or warning, or request off this machine.
// Usage: node test/e2e/run-e2e.mjs [--build]   (--build or E2E_BUILD=1 rebuilds even when dist exists)
/* global window -- the page.evaluate callbacks below run in the browser, not in node */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import {
  axeAudit,
  bahtText,
  buildIfNeeded,
  bundle,
  closeChecked,
  dist,
  escapeRegex,
  expectVisible,
  fail,
  focusByKeyboard,
  importSources,
  launchChromium,
  listenLocally,
  log,
  newAuditedContext,
  root,
  runMain,
  sample,
  screenshot,
  stepToggle,
  watchProblems,
} from "./browserRun.mjs";

const out = join(root, "test-output/e2e");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const INITIAL_JS_BUDGET = 250 * 1024;
const USER_AGENTS = {
  trident: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko",
  edgeHtml:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045",
};

// 1. Build (only when needed, unless asked).
buildIfNeeded("taskpane.html");
mkdirSync(out, { recursive: true });

// 2. The office.js stand-in, and the pane's own Thai and English strings (so labels are never retyped here).
const stubJs = (
  await bundle({ entryPoints: [join(root, "test/e2e/officeStub.ts")], format: "iife", platform: "browser" })
).outputFiles[0].text;
const STRINGS = await importSources(
  join(out, "strings.mjs"),
  'export { th } from "./src/taskpane/i18n/th"; export { en } from "./src/taskpane/i18n/en";' +
    ' export { followUpStrings } from "./src/taskpane/i18n/followUpStrings";',
);

// 3. Serve dist/ on 127.0.0.1, random port.
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
const base = await listenLocally(server);
const browser = await launchChromium();
const axe = axeAudit();
const audit = axe.audit;

/**
 * A fresh pane. `bundle` replaces the app's script (to make it throw or never mount); `officeJs: false`
 * makes Microsoft's CDN unreachable; `pageErrors: true` tolerates page errors (a bundle meant to throw);
 * `today` (YYYY-MM-DD) fixes the page's date.
 */
async function openPane({
  width = 320,
  lang = "th",
  colorScheme = "light",
  userAgent,
  query = "",
  bundle: replacement,
  officeJs = true,
  pageErrors = false,
  clock = false,
  today,
} = {}) {
  const context = await newAuditedContext(browser, {
    width,
    lang,
    colorScheme,
    ...(userAgent ? { userAgent } : {}),
  });
  const page = await context.newPage();
  if (clock) await page.clock.install();
  // `today`: the page's Date stands still on that day (the follow-up is as of today).
  if (today) await page.clock.setFixedTime(new Date(`${today}T10:00:00`));
  const problems = watchProblems(page, { pageErrors });
  const scripts = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script" && response.url().startsWith(base))
      scripts.push(response);
  });
  // No network: office.js is the stub, anything else outside the local server is refused.
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) {
      if (!officeJs) return route.abort("internetdisconnected");
      return route.fulfill({ contentType: "text/javascript", body: stubJs });
    }
    if (replacement !== undefined && /\/taskpane\.[0-9a-f]+\.js$/.test(url))
      return route.fulfill({ contentType: "text/javascript", body: replacement });
    if (url.startsWith(base)) return route.continue();
    problems.push(`unexpected request: ${url}`);
    return route.abort();
  });
  const params = [lang === "en" ? "lang=en" : "", query].filter(Boolean).join("&");
  await page.goto(`${base}/taskpane.html${params ? `?${params}` : ""}`);
  const label = `${width}px ${lang} ${colorScheme}${userAgent ? " (user agent set)" : ""}`;
  return {
    context,
    page,
    problems,
    scripts,
    label,
    /** Fails on any CSP violation or problem seen so far, then closes the pane. */
    close: () => closeChecked({ context, page, label, problems }),
  };
}

const shot = (page, name) => screenshot(page, out, name);

/** Waits until the add-in has selected `cell` in the workbook (clicking an issue goes to its cell). */
function cellSelected(page, cell) {
  return page.waitForFunction(
    (wanted) => window.__e2e.selection()?.address.replace(/^.*!/, "").replace(/\$/g, "").startsWith(wanted),
    cell,
    { timeout: 5000 },
  );
}

/** The pane's labels in one language (from src/taskpane/i18n). */
function labels(lang) {
  const s = STRINGS[lang];
  return {
    title: s.appTitle,
    insert: s.template.insert,
    created: s.template.created,
    refresh: s.header.refresh,
    edition: s.header.edition,
    check: s.validate.run,
    checkAgain: s.validate.rerun,
    noIssues: s.validate.noIssues,
    steps: s.steps,
    build: s.build.run,
    built: s.build.done,
    total: s.totals.total,
    timelineIntro: s.timeline.intro,
    stale: s.timeline.staleTitle,
    followUp: STRINGS.followUpStrings(lang),
  };
}

/** Scripts of the pane up to now, gzipped (the HTML's inline guard included; office.js is Microsoft's). */
async function initialScripts(pane) {
  const html = readFileSync(join(dist, "taskpane.html"), "utf8");
  const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join("");
  const files = [{ name: "taskpane.html inline guard", bytes: gzipSync(inline, { level: 9 }).length }];
  for (const response of pane.scripts)
    files.push({
      name: new URL(response.url()).pathname,
      bytes: gzipSync(await response.body(), { level: 9 }).length,
    });
  return files;
}

async function walkThrough({ width, lang, colorScheme, measure = false }) {
  const pane = await openPane({ width, lang, colorScheme });
  const { page, label } = pane;
  const t = labels(lang);
  const name = `${width}-${lang}-${colorScheme}`;
  await expectVisible(page.getByRole("heading", { level: 1, name: t.title }), "title");
  await expectVisible(page.getByRole("button", { name: t.insert }), "insert button");
  if (measure) {
    const files = await initialScripts(pane);
    const total = files.reduce((sum, file) => sum + file.bytes, 0);
    for (const file of files) log(`initial js: ${file.name} ${(file.bytes / 1024).toFixed(1)} KB gzip`);
    log(
      `FIGURE initial JS of the pane until interactive: ${(total / 1024).toFixed(1)} KB gzipped (budget 250 KB)`,
    );
    if (total > INITIAL_JS_BUDGET) fail(`initial JS ${total} bytes gzip exceeds 250 KB`);
  }
  await shot(page, `${name}-01-start.png`);
  await audit(page, `${label} start`);

  // 1. Insert the template into the empty workbook.
  await page.getByRole("button", { name: t.insert }).click();
  await expectVisible(page.getByText(t.created), "template report");
  await shot(page, `${name}-02-template.png`);
  await audit(page, `${label} template inserted`);

  // The user fills in the plan and mistypes one budget.
  await page.evaluate(() => window.__e2e.fillSample());
  const bad = await page.evaluate(() => window.__e2e.typeInTable("Projects", 2, "งบประมาณ (บาท)", "สามหมื่น"));
  await page.getByRole("button", { name: t.refresh }).click();
  await expectVisible(page.getByText(sample.organisation.name), "organisation name in the header");

  // 2. Validate: the mistake is listed; clicking it selects its cell.
  await page.getByRole("button", { name: t.check, exact: true }).click();
  const issue = page.getByRole("button", { name: new RegExp(`^${bad.cell}\\b`) });
  await expectVisible(issue, `issue at ${bad.cell}`);
  await shot(page, `${name}-03-issues.png`);
  await audit(page, `${label} issues`);
  await issue.first().click();
  await cellSelected(page, bad.cell);
  const selection = await page.evaluate(() => window.__e2e.selection());
  if (selection.sheet !== bad.sheet)
    fail(`selected ${JSON.stringify(selection)}, expected ${JSON.stringify(bad)}`);

  // The user types the budget back as it was and checks again.
  await page.evaluate(
    (previous) => window.__e2e.typeInTable("Projects", 2, "งบประมาณ (บาท)", previous),
    bad.previous,
  );
  await page.getByRole("button", { name: t.checkAgain }).click();
  await expectVisible(page.getByText(t.noIssues), "no issues after the fix");

  // 4. Build the official tables of the main edition.
  await page.getByRole("combobox", { name: t.edition }).selectOption("หลัก");
  await stepToggle(page, t.steps.build).click();
  await page.getByRole("button", { name: t.build }).click();
  await expectVisible(page.getByText(t.built), "build result");
  await shot(page, `${name}-04-build.png`);
  await audit(page, `${label} built`);
  const sheets = await page.evaluate(() => window.__e2e.sheetNames());
  for (const sheet of ["ผด.01", "ผด.02", "ประกาศ"])
    if (!sheets.includes(sheet)) fail(`sheet ${sheet} not written: ${sheets}`);

  // 3. Totals of the main edition match the sample's independently computed figures.
  await stepToggle(page, t.steps.totals).click();
  const total = page.getByRole("row", { name: new RegExp(escapeRegex(t.total)) });
  await expectVisible(total, "grand total row");
  const totalText = await total.first().innerText();
  const expected = sample.expected.main;
  if (!totalText.includes(bahtText(expected.budget)) || !totalText.includes(String(expected.projects))) {
    fail(
      `grand total row "${totalText}" lacks ${expected.projects} projects / ${bahtText(expected.budget)} baht`,
    );
  }
  await shot(page, `${name}-05-totals.png`);
  await audit(page, `${label} totals`);

  // 5. Deadlines; then an edit after the build makes the tables stale.
  await stepToggle(page, t.steps.timeline).click();
  await page.evaluate(() => window.__e2e.typeInTable("Projects", 0, "หมายเหตุ", "แก้ไขหลังจัดทำ"));
  await expectVisible(page.getByText(t.stale), "stale warning");
  await shot(page, `${name}-06-deadlines.png`);
  await audit(page, `${label} deadlines`);

  await pane.close();
  log(`ok: walk-through at ${label}`);
}

/**
 * Step 6 on the sample plan with its follow-up as recorded (5 เม.ย. 2570, the pane's date then): the
 * summary, the bars by strategy, the chart by month, the projects behind schedule (a click selects the
 * row's status cell), and the 6-month report written as a sheet.
 */
async function followUpWalk({ width, lang, colorScheme }) {
  const pane = await openPane({ width, lang, colorScheme, today: "2027-04-05" });
  const { page, label } = pane;
  const t = labels(lang);
  const f = t.followUp;
  const name = `${width}-${lang}-${colorScheme}`;
  await page.getByRole("button", { name: t.insert }).click();
  await expectVisible(page.getByText(t.created), "template report");
  await page.evaluate(() => window.__e2e.fillSample(true));
  await page.getByRole("button", { name: t.refresh }).click();
  await expectVisible(page.getByText(sample.organisation.name), "organisation name in the header");

  await stepToggle(page, t.steps.followUp).click();
  await expectVisible(page.getByRole("group", { name: f.summary }), "follow-up summary");
  await expectVisible(page.getByRole("list", { name: f.byStrategy }), "progress bars by strategy");
  await expectVisible(page.getByRole("img", { name: f.byMonth }), "chart by month");
  const behind = page.getByRole("list", { name: f.behind }).getByRole("button");
  await expectVisible(behind, "projects behind schedule");
  await shot(page, `${name}-07-follow-up.png`);
  await audit(page, `${label} follow-up`);

  const itemText = await behind.first().innerText();
  const cell = /([A-Z]+\d+) · /.exec(itemText)?.[1];
  if (!cell) fail(`behind-schedule item without its cell: "${itemText}"`);
  await behind.first().click();
  await cellSelected(page, cell);

  await page.getByRole("button", { name: f.report6 }).click();
  await expectVisible(page.getByText(f.reportDone), "report written");
  await shot(page, `${name}-08-follow-up-report.png`);
  await audit(page, `${label} follow-up report`);
  const sheets = await page.evaluate(() => window.__e2e.sheetNames());
  if (!sheets.includes("รายงานผล 6 เดือน")) fail(`sheet รายงานผล 6 เดือน not written: ${sheets}`);

  await pane.close();
  log(`ok: follow-up at ${label}`);
}

async function keyboardOnly() {
  const pane = await openPane({ width: 320, lang: "th" });
  const { page } = pane;
  const t = labels("th");
  const button = (name, exact = false) => page.getByRole("button", { name, exact }).first();
  await expectVisible(button(t.insert), "insert button");

  // 1. Template.
  await focusByKeyboard(page, button(t.insert), "insert template");
  await page.keyboard.press("Enter");
  await expectVisible(page.getByText(t.created), "template report (keyboard)");
  await page.evaluate(() => window.__e2e.fillSample());
  await focusByKeyboard(page, button(t.refresh), "read the workbook again", { key: "Shift+Tab" });
  await page.keyboard.press("Enter");
  await expectVisible(page.getByText(sample.organisation.name), "organisation name (keyboard)");

  // 2. Validate, then go to the first issue's cell.
  const bad = await page.evaluate(() => window.__e2e.typeInTable("Projects", 2, "งบประมาณ (บาท)", "สามหมื่น"));
  await focusByKeyboard(page, button(t.check, true), "check");
  await page.keyboard.press("Enter");
  const issue = page.getByRole("button", { name: new RegExp(`^${bad.cell}\\b`) }).first();
  await expectVisible(issue, "issue (keyboard)");
  await focusByKeyboard(page, issue, `issue at ${bad.cell}`);
  await page.keyboard.press("Enter");
  await cellSelected(page, bad.cell);
  await page.evaluate(
    (previous) => window.__e2e.typeInTable("Projects", 2, "งบประมาณ (บาท)", previous),
    bad.previous,
  );

  // The edition, chosen with the arrow keys in the header's select.
  const edition = page.getByRole("combobox", { name: t.edition });
  await focusByKeyboard(page, edition, "edition", { key: "Shift+Tab" });
  for (let i = 0; i < 10 && (await edition.inputValue()) !== "หลัก"; i++)
    await page.keyboard.press("ArrowDown");
  if ((await edition.inputValue()) !== "หลัก")
    fail("keyboard: the main edition cannot be chosen with the arrows");

  // 3. Totals.
  await focusByKeyboard(page, stepToggle(page, t.steps.totals), "totals step");
  await page.keyboard.press("Enter");
  await expectVisible(page.getByRole("row", { name: new RegExp(escapeRegex(t.total)) }), "totals (keyboard)");

  // 4. Build.
  await focusByKeyboard(page, stepToggle(page, t.steps.build), "build step");
  await page.keyboard.press("Enter");
  await focusByKeyboard(page, button(t.build), "build");
  await page.keyboard.press("Enter");
  await expectVisible(page.getByText(t.built), "build result (keyboard)");

  // 5. Deadlines.
  await focusByKeyboard(page, stepToggle(page, t.steps.timeline), "deadlines step");
  await page.keyboard.press("Space");
  await expectVisible(page.getByText(t.timelineIntro), "deadlines (keyboard)");
  await shot(page, "320-th-keyboard.png");

  await pane.close();
  log("ok: the five steps with the keyboard only");
}

/** A start-up notice of the guard: its heading, optional text inside it, no app, no axe finding. */
async function expectNotice(pane, { title, contains = [], screenshot }) {
  const { page, label } = pane;
  const notice = page.locator("#startup-notice");
  await expectVisible(
    notice.getByRole("heading", { level: 1, name: title }),
    `notice "${title}" at ${label}`,
  );
  const text = await notice.innerText();
  for (const part of contains) if (!text.includes(part)) fail(`notice "${title}" lacks "${part}":\n${text}`);
  if (await page.locator("#root").isVisible()) fail(`the app shows beside the notice "${title}"`);
  if (screenshot) await shot(page, screenshot);
  await audit(page, `${label} notice ${title}`);
}

async function guardNotices() {
  // Internet Explorer's Trident: the message, not a blank pane; and it stays (the app never starts).
  for (const [width, lang, title] of [
    [320, "th", "Excel เครื่องนี้เปิดส่วนเสริมด้วย Internet Explorer ซึ่งใช้กับส่วนเสริมนี้ไม่ได้"],
    [500, "th", "Excel เครื่องนี้เปิดส่วนเสริมด้วย Internet Explorer ซึ่งใช้กับส่วนเสริมนี้ไม่ได้"],
    [320, "en", "This Excel shows add-ins with Internet Explorer, which cannot run this add-in"],
  ]) {
    const pane = await openPane({ width, lang, userAgent: USER_AGENTS.trident });
    // Time enough for the app to have started if the guard did not hold it back.
    await pane.page.waitForTimeout(1500);
    await expectNotice(pane, {
      title,
      contains: ["WebView2", "app.html", lang === "th" ? "Excel บนเว็บ" : "Excel on the web"],
      screenshot: `${width}-${lang}-guard-internet-explorer.png`,
    });
    await pane.close();
  }
  log("ok: Trident user agent shows the Internet Explorer notice");

  const edge = await openPane({ lang: "en", colorScheme: "dark", userAgent: USER_AGENTS.edgeHtml });
  await expectNotice(edge, {
    title: "This Excel shows add-ins with the old Microsoft Edge (EdgeHTML), which cannot run this add-in",
    contains: ["Install the Microsoft Edge WebView2 Runtime"],
    screenshot: "320-en-dark-guard-edgehtml.png",
  });
  await edge.close();
  log("ok: EdgeHTML user agent shows the WebView2 notice");

  // The app bundle replaced by one that throws: the watchdog shows the error for support.
  const throwing = await openPane({
    width: 500,
    bundle: 'throw new Error("e2e: the task pane bundle failed");',
    pageErrors: true,
  });
  await expectNotice(throwing, {
    title: "ส่วนเสริมเริ่มทำงานไม่สำเร็จ",
    contains: ["e2e: the task pane bundle failed"],
    screenshot: "500-th-guard-bundle-throws.png",
  });
  await throwing.close();
  log("ok: a throwing bundle shows the watchdog notice with its error");

  // A bundle that never mounts: after 10 s (on the page's clock) the watchdog says so.
  const silent = await openPane({ lang: "en", bundle: "/* never mounts */", clock: true });
  await silent.page.clock.runFor(11_000);
  await expectNotice(silent, {
    title: "The add-in could not start",
    contains: ["The add-in had not appeared after 10 seconds"],
  });
  await silent.close();
  log("ok: a bundle that never mounts shows the watchdog notice");

  const old = await openPane({ query: "excelApi=1.6" });
  await expectNotice(old, {
    title: "Excel รุ่นนี้เก่าเกินไป",
    contains: ["ExcelApi 1.7"],
    screenshot: "320-th-guard-too-old.png",
  });
  await old.close();
  log("ok: Excel below ExcelApi 1.7 gets the plain-HTML notice");

  const offline = await openPane({ lang: "en", officeJs: false });
  // The failed load itself is logged by Chromium; what matters is what the user sees.
  offline.problems.length = 0;
  await expectNotice(offline, { title: "Office.js could not be loaded from Microsoft" });
  offline.problems.splice(0).forEach((problem) => {
    if (!/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(problem)) fail(problem);
  });
  await offline.close();
  log("ok: without Office.js the pane says so");
}

await runMain(
  "e2e",
  async () => {
    let first = true;
    for (const width of [320, 500])
      for (const lang of ["th", "en"])
        for (const colorScheme of ["light", "dark"]) {
          await walkThrough({ width, lang, colorScheme, measure: first });
          first = false;
        }
    for (const [width, lang, colorScheme] of [
      [320, "th", "light"],
      [500, "th", "light"],
      [320, "en", "dark"],
    ])
      await followUpWalk({ width, lang, colorScheme });
    await keyboardOnly();
    await guardNotices();
    axe.report("any page");
  },
  async () => {
    await browser.close();
    server.close();
  },
);
