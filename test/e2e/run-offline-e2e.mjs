// Real-browser test of the offline page (dist/app.html) in Debian Chromium. The page is copied alone into
// an empty folder and opened from disk; every request off the page is refused and none may be attempted
// (only the page's own file and its worker's blob: URL load). With plans written by openpyxl from scratch
// (test/tools/write_plan.py), not by this tool, it
// - opens a plan with the file picker, checks it, shows its totals, builds, downloads, and reads the
//   download's ผด.01 total with openpyxl against an independent sum of the plan's rows;
// - drops a plan with planted problems on the page: each is listed at its sheet and cell, and the marked
//   copy (read with openpyxl) has each planted cell filled by severity with the message as its note,
//   the user's own notes kept;
// - opens a large plan in the worker with progress (and reports how long the page's main thread ever
//   stalled meanwhile), an unreadable file, the blank template, Thai and English, light and dark;
// - walks open → check → build with the keyboard only (a focus indicator drawn at each stop);
// - serves the same file from a web host (as next to the task pane) and builds there too;
// with axe-core on every step (no serious or critical violation), screenshots at 1280 and 360 px in
// test-output/e2e-offline/, a fetch from the page refused by its CSP (the policy holds), and fails on any
// other CSP violation, page error, console error or warning.
// Usage: node test/e2e/run-offline-e2e.mjs [--build]   (--build or E2E_BUILD=1 rebuilds even when dist exists)
/* global window, document, requestAnimationFrame, performance, MutationObserver, DataTransfer, File, DragEvent, atob, fetch, setTimeout */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  axeAudit,
  bahtText,
  buildIfNeeded,
  closeChecked,
  dist,
  escapeRegex,
  expectVisible as expectVisibleWithin,
  fail,
  focusByKeyboard as focusWithKeys,
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

const out = join(root, "test-output/e2e-offline");
const PYTHON = "/usr/bin/python3";
const LARGE_PLAN_PROJECTS = 20_000;

// 1. Build (only when needed, unless asked).
buildIfNeeded("app.html");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// 2. The page's own texts and the plans' specs from the sources (so nothing is retyped here).
const { samplePlanSpec, withPlantedProblems, PAGE_STRINGS, PAGE_TEXT } = await importSources(
  join(out, "helpers.mjs"),
  [
    'export { samplePlanSpec } from "./test/tools/planByOpenpyxl";',
    'export { withPlantedProblems } from "./test/tools/plantedProblems";',
    'export { PAGE_STRINGS, PAGE_TEXT } from "./src/offline/ui/pageText";',
  ].join("\n"),
);

// 3. Plans written by someone else: openpyxl from scratch, with the user's own sheet and notes.
const work = mkdtempSync(join(tmpdir(), "offline-e2e-"));
function writePlan(spec, name) {
  const specFile = join(work, `${name}.json`);
  writeFileSync(specFile, JSON.stringify(spec));
  const path = join(work, name);
  execFileSync(PYTHON, [join(root, "test/tools/write_plan.py"), specFile, path], { timeout: 180_000 });
  return path;
}
function readWithOpenpyxl(path, query) {
  const queryFile = join(work, "query.json");
  writeFileSync(queryFile, JSON.stringify(query));
  return JSON.parse(
    execFileSync(PYTHON, [join(root, "test/tools/read_cells.py"), path, queryFile], {
      encoding: "utf8",
      timeout: 120_000,
    }),
  );
}
const userParts = {
  sheets: [
    {
      sheet: "บันทึก",
      rows: [
        ["วาระการประชุม", "ครั้งที่"],
        ["พิจารณาร่างแผน", 1],
      ],
    },
  ],
  comments: [{ sheet: "บันทึก", cell: "A1", text: "บันทึกของกองคลัง" }],
};
const baseSpec = samplePlanSpec();
const planSpec = { ...baseSpec, ...userParts };
const planted = withPlantedProblems({ ...baseSpec, ...userParts });

/** The independent sum: the main edition's budgets as typed into the spec, added up here. */
function mainEditionBudget(spec) {
  const projects = spec.tables.find((t) => t.table === "Projects");
  const column = (header) => projects.headers.indexOf(header);
  return projects.rows
    .filter((row) => (row[column("ฉบับ")] ?? "หลัก") === "หลัก")
    .reduce((sum, row) => sum + Number(row[column("งบประมาณ (บาท)")] ?? 0), 0);
}

/** The sample's projects over and over (each with its own name and number): a large plan. */
function largeSpec(spec, count) {
  const projects = spec.tables.find((t) => t.table === "Projects");
  const [no, name] = [projects.headers.indexOf("ที่"), projects.headers.indexOf("โครงการ")];
  const rows = Array.from({ length: count }, (_, i) => {
    const row = [...projects.rows[i % projects.rows.length]];
    row[no] = i + 1;
    row[name] = `${row[name]} (${Math.floor(i / projects.rows.length) + 1})`;
    return row;
  });
  return { ...spec, tables: spec.tables.map((t) => (t === projects ? { ...t, rows } : t)) };
}

const independent = mainEditionBudget(planSpec);
if (independent !== sample.expected.main.budget)
  fail(
    `the plan's own main-edition sum ${independent} differs from the sample's ${sample.expected.main.budget}`,
  );
const large = largeSpec(planSpec, LARGE_PLAN_PROJECTS);
const files = {
  plan: writePlan(planSpec, "แผน 2570.xlsx"),
  planted: writePlan(planted.spec, "planted.xlsx"),
  large: writePlan(large, "large.xlsx"),
  // The user's own workbook before any template: their minutes and a note, nothing else.
  notesOnly: writePlan({ ...userParts, tables: [] }, "minutes.xlsx"),
};
writeFileSync(join(work, "notes.xlsx"), "วาระ,ครั้งที่\nพิจารณาร่างแผน,1\n");
files.unreadable = join(work, "notes.xlsx");
log(`plans written by openpyxl: ${Object.values(files).join(", ")}`);

// 4. The page alone in an empty folder; and dist/ served as the add-in's host serves it.
const alone = mkdtempSync(join(tmpdir(), "offline-page-"));
copyFileSync(join(dist, "app.html"), join(alone, "app.html"));
const pageFileUrl = pathToFileURL(join(alone, "app.html")).href;
const server = createServer((req, res) => {
  if (new URL(req.url ?? "/", "http://x").pathname !== "/app.html") return res.writeHead(404).end();
  res
    .writeHead(200, { "content-type": "text/html; charset=utf-8" })
    .end(readFileSync(join(dist, "app.html")));
});
const hostUrl = `${await listenLocally(server)}/app.html`;
const browser = await launchChromium();
const axe = axeAudit();
const audit = axe.audit;

/**
 * A fresh page from `url`. Requests: the page's own file (or host URL) and blob: URLs (the worker, the
 * downloads) go through; anything else is refused, and recorded as a failure.
 */
async function openPage({ url = pageFileUrl, width = 1280, lang = "th", colorScheme = "light" } = {}) {
  const context = await newAuditedContext(browser, { width, lang, colorScheme, acceptDownloads: true });
  await context.addInitScript(() => {
    // Whether a progress bar was ever on screen (a quick step may show it for a moment only).
    window.__progressSeen = 0;
    new MutationObserver(() => {
      if (document.querySelector('[role="progressbar"]')) window.__progressSeen++;
    }).observe(document, { subtree: true, childList: true });
  });
  const page = await context.newPage();
  // Console lines a step provokes on purpose (the CSP probe's refusal), matched by text.
  const expectedConsole = [];
  const problems = watchProblems(page, { expectedConsole });
  const requests = [];
  const workers = [];
  const query = lang === "en" ? "?lang=en" : "";
  const pageUrl = url + query;
  const allowed = (target) => target === pageUrl || target.startsWith("blob:");
  page.on("worker", (worker) => workers.push(worker.url()));
  context.on("request", (request) => requests.push(request.url()));
  await context.route("**/*", (route) => {
    const target = route.request().url();
    if (allowed(target)) return route.continue();
    problems.push(`request attempted and refused: ${target}`);
    return route.abort("blockedbyclient");
  });
  await page.goto(pageUrl);
  const label = `${width}px ${lang} ${colorScheme} ${url.startsWith("file:") ? "from disk" : "from the host"}`;
  return {
    page,
    label,
    workers,
    expectedConsole,
    t: { ...PAGE_STRINGS[lang], page: PAGE_TEXT[lang] },
    async close() {
      const elsewhere = requests.filter((r) => r !== pageUrl && !r.startsWith("blob:"));
      if (elsewhere.length > 0)
        problems.push(`requests other than the page and its blobs: ${elsewhere.join(", ")}`);
      await closeChecked({ context, page, label, problems });
    },
  };
}

async function shot(page, name) {
  // Nothing wider than the window: no sideways scrolling at 360 px either.
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: document.documentElement.clientWidth,
  }));
  if (scroll > width) fail(`${name}: the page is ${scroll} px wide in a ${width} px window`);
  await screenshot(page, out, name);
}

/** The offline page reads files in a worker: its waits are longer than the pane's. */
const expectVisible = (locator, what, timeout = 20_000) => expectVisibleWithin(locator, what, timeout);

/** "เปิดไฟล์ NAME (84 KB)" whatever the size. */
function openedText(t, name) {
  const withoutSize = t.page.open.opened(name, 0).replace(/\s*\([^)]*\)$/u, "");
  return new RegExp(`^${escapeRegex(withoutSize)} \\(`, "u");
}

/** Clicks `trigger` and saves the download it starts into test-output; returns its path and name. */
async function downloadFrom(page, trigger, what) {
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), trigger.click()]);
  const name = download.suggestedFilename();
  const path = join(out, `${what}-${name}`);
  await download.saveAs(path);
  return { path, name };
}

async function openByPicker(pane, file) {
  const { page, t } = pane;
  await page.getByTestId("open-file").setInputFiles(file);
  await expectVisible(page.getByText(openedText(t, file.split("/").pop())), `opened ${file}`, 60_000);
}

/**
 * Tab to `target`; a focus indicator must be drawn (an outline or Fluent's ::after ring) on the control
 * or, for the file input kept out of sight, on the drop zone that is its label.
 */
const focusByKeyboard = (page, target, what) => focusWithKeys(page, target, what, { drawn: true });

/**
 * Keyboard only, 360 px: the file chosen from the file input by Space, checked, the build step opened
 * and built with Enter; the download's ผด.01 total read by openpyxl.
 */
async function keyboardOnly() {
  const pane = await openPage({ width: 360 });
  const { page, t, label } = pane;
  await expectVisible(page.getByRole("heading", { level: 1, name: t.page.title }), "title");
  await focusByKeyboard(page, page.getByTestId("open-file"), "the file input");
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser", { timeout: 10_000 }),
    page.keyboard.press("Space"),
  ]);
  await chooser.setFiles(files.plan);
  await expectVisible(page.getByText(openedText(t, "แผน 2570.xlsx")), "opened by keyboard", 60_000);
  await focusByKeyboard(page, page.getByRole("button", { name: t.validate.run, exact: true }), "check");
  await page.keyboard.press("Enter");
  await expectVisible(page.getByText(t.validate.noIssues), "no issues (keyboard)");
  await focusByKeyboard(page, stepToggle(page, t.steps.build), "the build step");
  await page.keyboard.press("Enter");
  await focusByKeyboard(page, page.getByTestId("build"), "build");
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 60_000 }),
    page.keyboard.press("Enter"),
  ]);
  const path = join(out, `keyboard-${download.suggestedFilename()}`);
  await download.saveAs(path);
  await expectVisible(page.getByText(t.build.done), "build result (keyboard)");
  const [grand] = readWithOpenpyxl(path, { rows: [{ sheet: "ผด.01", startsWith: "รวมทั้งสิ้น" }] }).rows;
  // Only the main edition is ticked to build unless the user ticks more.
  if (Number(grand?.[3]) !== independent)
    fail(`keyboard: ผด.01 total ${grand?.[3]}, independent sum ${independent}`);
  await shot(page, "360-th-04-keyboard-built.png");
  await audit(page, `${label} keyboard walk`);
  await pane.close();
  log(`ok: keyboard only at ${label} (ผด.01 total ${grand[3]})`);
}

/**
 * The page's CSP holds, not only that nothing broke it: a fetch from the page is refused by connect-src
 * before it reaches the network (the route would record it), and the violation is reported.
 */
async function cspRefusesFetch(pane) {
  const probe = new URL("/probe", hostUrl).href;
  pane.expectedConsole.push(new RegExp(escapeRegex(probe)));
  const { refused, seen } = await pane.page.evaluate(async (url) => {
    const before = window.__cspViolations.length;
    let refused = false;
    try {
      await fetch(url);
    } catch {
      refused = true;
    }
    // The violation event is dispatched after the refusal.
    await new Promise((done) => setTimeout(done, 200));
    return { refused, seen: window.__cspViolations.splice(before) };
  }, probe);
  if (!refused || !seen.some((v) => v.startsWith("connect-src")))
    fail(`${pane.label}: a fetch from the page was not refused by the CSP (${JSON.stringify(seen)})`);
  log(`ok: the CSP refuses a fetch from the page (${pane.label})`);
}

/** From disk, 1280 px: open, check, totals, build, download; the download's ผด.01 total read by openpyxl. */
async function planFromDisk() {
  const pane = await openPage({ width: 1280 });
  const { page, t, label } = pane;
  await expectVisible(page.getByRole("heading", { level: 1, name: t.page.title }), "title");
  await shot(page, "1280-th-01-start.png");
  await audit(page, `${label} start`);
  await focusByKeyboard(page, page.getByTestId("open-file"), "the file input");

  await openByPicker(pane, files.plan);
  await expectVisible(page.getByText(sample.organisation.name), "organisation name");
  if (pane.workers.length !== 1 || !pane.workers[0].startsWith("blob:"))
    fail(`expected one worker from a blob: URL, saw ${JSON.stringify(pane.workers)}`);
  await shot(page, "1280-th-02-opened.png");
  await audit(page, `${label} opened`);

  await page.getByRole("button", { name: t.validate.run, exact: true }).click();
  await expectVisible(page.getByText(t.validate.noIssues), "no issues");
  await audit(page, `${label} checked`);

  await page.getByRole("combobox", { name: t.header.edition }).selectOption("หลัก");
  await stepToggle(page, t.steps.totals).click();
  const total = page.getByRole("row", { name: new RegExp(escapeRegex(t.totals.total)) });
  await expectVisible(total, "grand total row");
  const totalText = await total.first().innerText();
  if (!totalText.includes(bahtText(independent)))
    fail(`totals row "${totalText}" lacks ${bahtText(independent)}`);
  await shot(page, "1280-th-03-totals.png");
  await audit(page, `${label} totals`);

  await stepToggle(page, t.steps.build).click();
  const built = await downloadFrom(page, page.getByTestId("build"), "built");
  await expectVisible(page.getByText(t.build.done), "build result");
  if (built.name !== "แผน 2570 - แบบ ผด. พร้อมพิมพ์.xlsx") fail(`download named ${built.name}`);
  await shot(page, "1280-th-04-built.png");
  await audit(page, `${label} built`);
  const read = readWithOpenpyxl(built.path, {
    rows: [{ sheet: "ผด.01", startsWith: "รวมทั้งสิ้น" }],
    cells: [{ sheet: "บันทึก", cell: "A1" }],
  });
  const [grand] = read.rows;
  if (!grand || Number(grand[3]) !== independent)
    fail(`ผด.01 รวมทั้งสิ้น ${JSON.stringify(grand)} is not the independent sum ${independent}`);
  if (Number(grand[1]) !== sample.expected.main.projects) fail(`ผด.01 counts ${grand[1]} projects`);
  for (const sheet of ["บันทึก", "โครงการ", "ผด.01", "ผด.02", "ผด.02-1", "ประกาศ"])
    if (!read.sheets.includes(sheet)) fail(`the download lacks sheet ${sheet}: ${read.sheets}`);
  if (!read.cells[0].comment?.includes("บันทึกของกองคลัง")) fail("the user's note on บันทึก!A1 was lost");
  log(`ok: ผด.01 total of the download (openpyxl) ${grand[3]} = independent sum ${independent}`);

  await stepToggle(page, t.steps.timeline).click();
  await expectVisible(page.getByText(t.timeline.intro), "deadlines");
  await shot(page, "1280-th-05-deadlines.png");
  await audit(page, `${label} deadlines`);
  await cspRefusesFetch(pane);
  await pane.close();
  log(`ok: plan from disk at ${label}`);
}

/** The issue list as the page shows it: sheet → cells. */
function listedCells(page) {
  return page.evaluate(() => {
    const bySheet = {};
    for (const heading of document.querySelectorAll("h4")) {
      const sheet = heading.textContent.replace(/\s*\(\d+\)$/u, "");
      const list = heading.nextElementSibling;
      for (const item of list?.querySelectorAll("li") ?? [])
        (bySheet[sheet] ??= []).push(item.querySelector("span:not([aria-hidden])")?.textContent ?? "");
    }
    return bySheet;
  });
}

/** 360 px: a plan with planted problems dropped on the page; the list and the marked copy show each one. */
async function plantedProblems() {
  const pane = await openPage({ width: 360 });
  const { page, t, label } = pane;
  const bytes = readFileSync(files.planted).toString("base64");
  await page.evaluate(
    ({ b64, name }) => {
      const raw = atob(b64);
      const data = new Uint8Array(raw.length);
      for (let i = 0; i < raw.length; i++) data[i] = raw.charCodeAt(i);
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name));
      const zone = document.querySelector('[data-testid="open-file"]').closest("label");
      for (const type of ["dragenter", "dragover", "drop"])
        zone.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { b64: bytes, name: "planted.xlsx" },
  );
  await expectVisible(page.getByText(openedText(t, "planted.xlsx")), "opened the dropped file");
  await page.getByRole("button", { name: t.validate.run, exact: true }).click();
  const errors = page.getByRole("region", {
    name: new RegExp(`^${escapeRegex(t.validate.errors)} \\(`, "u"),
  });
  await expectVisible(errors, "the errors found");
  const listed = await listedCells(page);
  for (const p of planted.problems)
    if (!(listed[p.sheet] ?? []).includes(p.cell))
      fail(`the page does not list ${p.code} at ${p.sheet}!${p.cell}: ${JSON.stringify(listed)}`);
  await shot(page, "360-th-01-issues.png");
  await audit(page, `${label} issues`);

  const marked = await downloadFrom(page, page.getByRole("button", { name: t.validate.highlight }), "marked");
  await expectVisible(page.getByText(t.validate.highlighted), "marked copy downloaded");
  if (marked.name !== "planted - ตรวจสอบแล้ว.xlsx") fail(`marked copy named ${marked.name}`);
  await shot(page, "360-th-02-marked.png");
  await audit(page, `${label} marked copy`);
  const read = readWithOpenpyxl(marked.path, {
    cells: [...planted.problems, { sheet: "โครงการ", cell: "A1" }, { sheet: "บันทึก", cell: "A1" }],
  });
  const fill = { error: "FFFFC7CE", warning: "FFFFEB9C" };
  const prefix = { error: "ข้อผิดพลาด:", warning: "คำเตือน:" };
  for (const p of planted.problems) {
    const cell = read.cells.find((c) => c.sheet === p.sheet && c.cell === p.cell);
    if (cell.fill !== fill[p.severity])
      fail(`${p.sheet}!${p.cell} filled ${cell.fill}, not ${fill[p.severity]}`);
    if (!cell.comment?.includes(prefix[p.severity]))
      fail(`${p.sheet}!${p.cell} has no note: ${cell.comment}`);
    if ((cell.value ?? null) !== p.value) fail(`${p.sheet}!${p.cell} changed to ${cell.value}`);
  }
  const first = planted.problems[0];
  const shared = read.cells.find((c) => c.sheet === first.sheet && c.cell === first.cell).comment;
  if (!shared.includes("ตรวจอีกครั้ง")) fail("the user's note on a planted cell was lost");
  if (!read.cells.find((c) => c.sheet === "โครงการ" && c.cell === "A1").comment?.includes("หัวตารางจากฝ่ายแผน"))
    fail("the user's note on โครงการ!A1 was lost");
  log(`ok: the marked copy (openpyxl) shows all ${planted.problems.length} planted problems at their cells`);

  // The build refuses a plan with errors, and makes no file.
  await stepToggle(page, t.steps.build).click();
  await page.getByTestId("build").click();
  await expectVisible(page.getByText(t.build.blocked), "build refused");
  await shot(page, "360-th-03-build-refused.png");
  await audit(page, `${label} build refused`);
  await pane.close();
  log(`ok: planted problems at ${label}`);
}

/** 1280 px: a large plan, read in the worker with progress; the page's thread stays free. */
async function largePlan() {
  const pane = await openPage({ width: 1280 });
  const { page, t, label } = pane;
  await page.evaluate(() => {
    window.__maxGap = 0;
    let last = performance.now();
    const tick = (now) => {
      window.__maxGap = Math.max(window.__maxGap, now - last);
      last = now;
      if (!window.__stopGaps) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const started = Date.now();
  await openByPicker(pane, files.large);
  await page.getByRole("button", { name: t.validate.run, exact: true }).click();
  await expectVisible(page.getByText(t.validate.noIssues), "large plan checked", 120_000);
  const seconds = (Date.now() - started) / 1000;
  const { gap, progress } = await page.evaluate(() => {
    window.__stopGaps = true;
    return { gap: window.__maxGap, progress: window.__progressSeen };
  });
  if (progress === 0) fail("no progress bar was shown while a large file opened");
  await page.getByRole("combobox", { name: t.header.edition }).selectOption("หลัก");
  await stepToggle(page, t.steps.build).click();
  const built = await downloadFrom(page, page.getByTestId("build"), "large");
  const [grand] = readWithOpenpyxl(built.path, { rows: [{ sheet: "ผด.01", startsWith: "รวมทั้งสิ้น" }] }).rows;
  const expected = mainEditionBudget(large);
  if (Number(grand?.[3]) !== expected)
    fail(`large plan: ผด.01 total ${grand?.[3]}, independent sum ${expected}`);
  await shot(page, "1280-th-06-large-built.png");
  await audit(page, `${label} large plan built`);
  await pane.close();
  log(
    `FIGURE large plan (${LARGE_PLAN_PROJECTS} projects, ${(readFileSync(files.large).length / 1048576).toFixed(1)} MB): ` +
      `opened and checked in ${seconds.toFixed(1)} s; longest gap between the page's frames meanwhile ${Math.round(gap)} ms`,
  );
  log(`ok: large plan in the worker with progress, ผด.01 total = independent sum ${expected}`);
}

/** 360 px English, dark: the blank template, a copy with the template, an unreadable file, the plan book. */
async function englishDark() {
  const pane = await openPage({ width: 360, lang: "en", colorScheme: "dark" });
  const { page, t, label } = pane;
  await expectVisible(page.getByRole("heading", { level: 1, name: t.page.title }), "English title");
  await shot(page, "360-en-dark-01-start.png");
  await audit(page, `${label} start`);
  const blank = await downloadFrom(page, page.getByRole("button", { name: t.page.template.blank }), "blank");
  const sheets = readWithOpenpyxl(blank.path, {}).sheets;
  for (const sheet of ["ตั้งค่า", "ยุทธศาสตร์", "โครงการ", "ครุภัณฑ์", "ฉบับ"])
    if (!sheets.includes(sheet)) fail(`the blank template lacks ${sheet}: ${sheets}`);

  // A workbook of the user's own, without the template: a copy with the template sheets added, the
  // user's sheet and note kept (read with openpyxl).
  await openByPicker(pane, files.notesOnly);
  const withTemplate = await downloadFrom(
    page,
    page.getByRole("button", { name: t.template.insert }),
    "with-template",
  );
  await expectVisible(page.getByText(t.template.created), "the copy with the template");
  const copy = readWithOpenpyxl(withTemplate.path, { cells: [{ sheet: "บันทึก", cell: "A1" }] });
  for (const sheet of ["บันทึก", "ตั้งค่า", "ยุทธศาสตร์", "โครงการ", "ครุภัณฑ์", "ฉบับ"])
    if (!copy.sheets.includes(sheet)) fail(`the copy with the template lacks ${sheet}: ${copy.sheets}`);
  const [minutes] = copy.cells;
  if (minutes.value !== "วาระการประชุม" || !minutes.comment?.includes("บันทึกของกองคลัง"))
    fail(`the user's บันทึก!A1 changed in the copy with the template: ${JSON.stringify(minutes)}`);
  await shot(page, "360-en-dark-02-with-template.png");
  await audit(page, `${label} copy with the template`);

  await page.getByTestId("open-file").setInputFiles(files.unreadable);
  await expectVisible(
    page.getByText(t.page.unreadable["not-workbook"]("notes.xlsx")),
    "unreadable-file message",
  );
  await shot(page, "360-en-dark-03-unreadable.png");
  await audit(page, `${label} unreadable file`);

  await openByPicker(pane, files.plan);
  await stepToggle(page, t.steps.build).click();
  const book = await downloadFrom(
    page,
    page.getByRole("button", { name: t.page.book.run(t.header.mainEdition) }),
    "book",
  );
  const bookSheets = readWithOpenpyxl(book.path, {}).sheets;
  // The book's sheets in book order, after the user's own sheets.
  const order = ["ปก", "ประกาศ", "คำนำ", "สารบัญ", "บทนำ", "ส่วนที่ 2", "ผด.01", "ผด.02", "ผด.02-1"];
  const found = order.map((sheet) => bookSheets.indexOf(sheet));
  if (found.some((i) => i < 0) || found.some((i, k) => k > 0 && i < (found[k - 1] ?? 0)))
    fail(`the plan book's sheets are not all there in order: ${bookSheets}`);
  if (!bookSheets.includes("ตั้งค่า")) fail(`the plan book lost the user's sheets: ${bookSheets}`);
  await shot(page, "360-en-dark-04-book.png");
  await audit(page, `${label} plan book`);
  await pane.close();
  log(`ok: blank template, copy with the template, unreadable file and the plan book at ${label}`);
}

/** The same file served by the add-in's host (English, wide, dark): it builds there too. */
async function fromTheHost() {
  const pane = await openPage({ url: hostUrl, width: 1280, lang: "en", colorScheme: "dark" });
  const { page, t, label } = pane;
  await openByPicker(pane, files.plan);
  await page.getByRole("combobox", { name: t.header.edition }).selectOption("หลัก");
  await stepToggle(page, t.steps.build).click();
  const built = await downloadFrom(page, page.getByTestId("build"), "host");
  const [grand] = readWithOpenpyxl(built.path, { rows: [{ sheet: "ผด.01", startsWith: "รวมทั้งสิ้น" }] }).rows;
  if (Number(grand?.[3]) !== independent) fail(`from the host: ผด.01 total ${grand?.[3]}`);
  await shot(page, "1280-en-dark-07-from-host.png");
  await audit(page, `${label} built`);
  await cspRefusesFetch(pane);
  await pane.close();
  log(`ok: from the host at ${label}`);
}

await runMain(
  "offline e2e",
  async () => {
    await planFromDisk();
    await keyboardOnly();
    await plantedProblems();
    await largePlan();
    await englishDark();
    await fromTheHost();
    axe.report("the offline page");
  },
  async () => {
    await browser.close();
    server.close();
    rmSync(work, { recursive: true, force: true });
    rmSync(alone, { recursive: true, force: true });
  },
);
