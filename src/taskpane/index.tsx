import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import type { Language } from "../messages/Language";
import { compose } from "./compose";

/**
 * Task-pane bootstrap, the composition root: waits for Office, checks the host and the API floor,
 * then renders. The only UI file that touches `Office`; components get services through props.
 */

const OUTSIDE_EXCEL: Record<Language, { title: string; body: string }> = {
  th: {
    title: "กรุณาเปิดส่วนเสริมนี้ใน Excel",
    body: "หน้านี้เป็นส่วนเสริมของ Excel สำหรับจัดทำแผนการดำเนินงาน เปิด Excel แล้วเลือก หน้าแรก → แผนการดำเนินงาน",
  },
  en: {
    title: "Please open this add-in in Excel",
    body: "This page is an Excel add-in for the operational plan. Open Excel and choose Home → Operational plan.",
  },
};

const TOO_OLD: Record<Language, { title: string; body: string }> = {
  th: {
    title: "Excel รุ่นนี้เก่าเกินไป",
    body: "ส่วนเสริมต้องใช้ Excel 2019 ขึ้นไป (ExcelApi 1.7) หรือ Microsoft 365 / Excel บนเว็บ",
  },
  en: {
    title: "This Excel version is too old",
    body: "The add-in needs Excel 2019 or later (ExcelApi 1.7), Microsoft 365 or Excel on the web.",
  },
};

function browserLanguage(): Language {
  return navigator.language.toLowerCase().startsWith("th") ? "th" : "en";
}

function prefersDark(): boolean {
  return window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
}

function renderNotice(text: { title: string; body: string }, dark: boolean): void {
  const root = document.getElementById("root");
  if (!root) return;
  createRoot(root).render(
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ height: "100%", padding: 16 }}>
      <h1 style={{ fontSize: 20 }}>{text.title}</h1>
      <p>{text.body}</p>
    </FluentProvider>,
  );
}

async function boot(): Promise<void> {
  if (typeof Office === "undefined") {
    // office.js did not load (offline, or opened from disk): say what to do instead of a blank pane.
    renderNotice(OUTSIDE_EXCEL[browserLanguage()], prefersDark());
    return;
  }
  const info = await Office.onReady();
  const language: Language = (Office.context?.displayLanguage ?? navigator.language)
    .toLowerCase()
    .startsWith("th")
    ? "th"
    : "en";
  // officeTheme is undefined in Excel on the web; fall back to the browser's preference.
  const dark = Office.context?.officeTheme?.isDarkTheme ?? prefersDark();
  if (info.host !== Office.HostType.Excel) {
    renderNotice(OUTSIDE_EXCEL[language], dark);
    return;
  }
  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.7")) {
    renderNotice(TOO_OLD[language], dark);
    return;
  }
  const root = document.getElementById("root");
  if (!root) return;
  createRoot(root).render(
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: "100%" }}>
      <App services={compose()} initialLanguage={language} dark={dark} />
    </FluentProvider>,
  );
}

void boot();
