import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { JSDOM } from "jsdom";
import { syntaxProblems } from "../shipped/syntaxProblems";

// The start-up guard inline in taskpane.html, run as the page runs it (jsdom executes the page's inline
// script; office.js and the bundle are not loaded). The real-browser run (test/e2e) checks the same in Chromium.
const PAGE = readFileSync(resolve(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";
const EDGE_HTML =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045";
const WEBVIEW2 =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0";

interface Guard {
  blocked: boolean;
  mounted(): void;
  show(kind: string, detail?: string): void;
}

interface Timer {
  readonly at: number;
  readonly run: () => void;
}

/** The page, parsed and its inline script run; its timers are recorded and run by `advance`. */
async function openPane(userAgent: string, { language = "th-TH", query = "" } = {}) {
  const timers: Timer[] = [];
  let now = 0;
  const dom = new JSDOM(PAGE, {
    url: `https://plan.example.go.th/addin/taskpane.html${query}`,
    runScripts: "dangerously",
    pretendToBeVisual: true,
    beforeParse(window) {
      Object.defineProperty(window.navigator, "userAgent", { value: userAgent });
      Object.defineProperty(window.navigator, "language", { value: language });
      window.setTimeout = ((run: () => void, ms = 0) =>
        timers.push({ at: now + ms, run })) as typeof setTimeout;
    },
  });
  const window = dom.window;
  opened.push(window);
  if (window.document.readyState === "loading")
    await new Promise((done) => window.document.addEventListener("DOMContentLoaded", done));
  const advance = (ms: number) => {
    now += ms;
    for (const timer of timers.splice(0).sort((a, b) => a.at - b.at)) {
      if (timer.at <= now) timer.run();
      else timers.push(timer);
    }
  };
  const guard = (window as unknown as { actionPlanStartup: Guard }).actionPlanStartup;
  const notice = () => window.document.getElementById("startup-notice");
  const root = () => window.document.getElementById("root") as HTMLElement;
  const title = () => notice()?.querySelector("h1")?.textContent ?? null;
  return { window, guard, notice, root, title, advance };
}

const opened: { close(): void }[] = [];
afterEach(() => opened.splice(0).forEach((window) => window.close()));

describe("the start-up guard in taskpane.html", () => {
  it("is one inline script before every other script, in ES3", () => {
    const scripts = [...PAGE.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts[0]?.[1]).toBe("");
    expect(syntaxProblems(scripts[0]?.[2] ?? "", 3)).toEqual([]);
    expect(PAGE.indexOf("<script>")).toBeLessThan(PAGE.indexOf("<script src="));
  });

  it("tells an Internet Explorer pane what to do, in Thai, and keeps the app from starting", async () => {
    const pane = await openPane(IE11);
    expect(pane.title()).toBe("Excel เครื่องนี้เปิดส่วนเสริมด้วย Internet Explorer ซึ่งใช้กับส่วนเสริมนี้ไม่ได้");
    const text = pane.notice()?.textContent ?? "";
    for (const needed of [
      "Excel 2021",
      "Microsoft 365",
      "Microsoft Edge WebView2 Runtime",
      "Excel บนเว็บ",
      "app.html",
    ])
      expect(text).toContain(needed);
    expect(pane.notice()?.getAttribute("role")).toBe("alert");
    expect(pane.guard.blocked).toBe(true);
    expect(pane.root().style.display).toBe("none");
    const link = pane.notice()?.querySelector("a");
    expect(link?.getAttribute("href")).toBe("app.html");
    expect(link?.textContent).toBe("https://plan.example.go.th/addin/app.html");
  });

  it("speaks English when the display language is not Thai", async () => {
    expect((await openPane(IE11, { language: "en-US" })).title()).toBe(
      "This Excel shows add-ins with Internet Explorer, which cannot run this add-in",
    );
  });

  it("reads the display language Office puts in _host_Info before the browser's", async () => {
    const query = "?_host_Info=Excel$Win32$16.01$en-US$$$$0";
    expect((await openPane(IE11, { language: "th-TH", query })).title()).toMatch(/^This Excel/);
    const thai = await openPane(IE11, { language: "en-US", query: "?_host_Info=excel|win32|16.01|th-th|x" });
    expect(thai.title()).toMatch(/^Excel เครื่องนี้/);
  });

  it("tells an EdgeHTML pane to install the WebView2 runtime", async () => {
    const pane = await openPane(EDGE_HTML, { language: "en-US" });
    expect(pane.title()).toContain("EdgeHTML");
    expect(pane.notice()?.textContent).toContain("Install the Microsoft Edge WebView2 Runtime");
    expect(pane.guard.blocked).toBe(true);
  });

  it("stays out of the way in WebView2 until something goes wrong", async () => {
    const pane = await openPane(WEBVIEW2);
    expect(pane.notice()).toBeNull();
    expect(pane.guard.blocked).toBe(false);
    pane.guard.mounted();
    pane.window.onerror?.("late error", "x.js", 1, 1, new Error("late error"));
    expect(pane.notice()).toBeNull();
  });

  it("shows a script error before the app is up, with its text for support", async () => {
    const pane = await openPane(WEBVIEW2, { language: "en-US" });
    pane.window.onerror?.("Uncaught SyntaxError: bad", "https://x/taskpane.1.js", 1, 7, undefined);
    expect(pane.title()).toBe("The add-in could not start");
    expect(pane.notice()?.querySelector("pre")?.textContent).toContain(
      "Uncaught SyntaxError: bad (https://x/taskpane.1.js:1:7)",
    );
    expect(pane.root().style.display).toBe("none");
  });

  it("reports a script that failed to load", async () => {
    const pane = await openPane(WEBVIEW2, { language: "en-US" });
    const script = pane.window.document.createElement("script");
    script.src = "https://plan.example.go.th/addin/711.js";
    pane.window.document.body.appendChild(script);
    script.dispatchEvent(new pane.window.Event("error"));
    expect(pane.notice()?.querySelector("pre")?.textContent).toContain(
      "Could not load https://plan.example.go.th/addin/711.js",
    );
  });

  it("shows the watchdog's notice when the app has not mounted in 10 seconds, and removes it when it does", async () => {
    const pane = await openPane(WEBVIEW2);
    pane.advance(9_000);
    expect(pane.notice()).toBeNull();
    pane.advance(1_500);
    expect(pane.title()).toBe("ส่วนเสริมเริ่มทำงานไม่สำเร็จ");
    expect(pane.notice()?.textContent).toContain("ส่วนเสริมยังไม่แสดงหลังจาก 10 วินาที");
    pane.guard.mounted();
    expect(pane.notice()).toBeNull();
    expect(pane.root().style.display).toBe("");
  });

  it("never fires once the app is up", async () => {
    const pane = await openPane(WEBVIEW2);
    pane.guard.mounted();
    pane.advance(60_000);
    expect(pane.notice()).toBeNull();
  });

  it("shows the app's own notices (Excel too old) in plain HTML, and they stay", async () => {
    const pane = await openPane(WEBVIEW2, { language: "en-US" });
    pane.guard.show("tooOld");
    expect(pane.title()).toBe("This Excel version is too old");
    expect(pane.notice()?.textContent).toContain("ExcelApi 1.7");
    expect(pane.guard.blocked).toBe(true);
    pane.window.onerror?.("later", "x.js", 1, 1, undefined);
    expect(pane.title()).toBe("This Excel version is too old");
  });

  it("has the text of every notice in both languages", async () => {
    const kinds = ["ie", "edgeHtml", "tooOld", "outsideExcel", "noOfficeJs", "startup", "crash"];
    for (const [language, script] of [
      ["th-TH", /[\u0E00-\u0E7F]/],
      ["en-US", /^[^\u0E00-\u0E7F]+$/],
    ] as const) {
      for (const kind of kinds) {
        const pane = await openPane(WEBVIEW2, { language });
        pane.guard.show(kind, "detail");
        expect({ kind, language, title: pane.title() }).toEqual({
          kind,
          language,
          title: expect.stringMatching(script),
        });
        expect(pane.notice()?.querySelectorAll("li").length ?? 0).toBeGreaterThan(0);
      }
    }
  });
});
