// First, before any module that needs them: the WeakRef fallback (Safari 14.0) and zod without eval (CSP).
import "./weakRefFallback";
import "./zodJitless";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { Component, useEffect, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import type { Language } from "../messages/Language";
import { compose } from "./compose";
import { errorText, startupGuard } from "./startupGuard";

/**
 * Task-pane bootstrap, the composition root: waits for Office, checks the host and the API floor,
 * then renders. The only UI file that touches `Office`; components get services through props.
 * Everything that is not the app (wrong host, Excel too old, a failure) is a plain-HTML notice of the
 * start-up guard in taskpane.html, which also shows when this bundle cannot run at all.
 */

const guard = startupGuard();

function prefersDark(): boolean {
  return window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
}

/** Tells the guard's watchdog the app is on screen (after React's first commit). */
function Mounted({ children }: { readonly children: ReactNode }) {
  useEffect(() => guard.mounted(), []);
  return children;
}

/** A render error would otherwise unmount everything and leave a blank pane: the guard says what happened. */
class CrashNotice extends Component<{ readonly children: ReactNode }, { readonly failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    guard.show("crash", errorText(error));
  }

  override render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}

async function boot(): Promise<void> {
  // Internet Explorer or EdgeHTML: the guard's notice is up and this webview cannot run the pane.
  if (guard.blocked) return;
  if (typeof Office === "undefined") {
    // office.js did not load (offline, or its CDN is blocked): say so instead of a blank pane.
    guard.show("noOfficeJs");
    return;
  }
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel) {
    guard.show("outsideExcel");
    return;
  }
  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.7")) {
    guard.show("tooOld");
    return;
  }
  const language: Language = (Office.context.displayLanguage ?? navigator.language)
    .toLowerCase()
    .startsWith("th")
    ? "th"
    : "en";
  // officeTheme is undefined in Excel on the web; fall back to the browser's preference.
  const dark = Office.context.officeTheme?.isDarkTheme ?? prefersDark();
  const root = document.getElementById("root");
  if (!root) throw new Error("taskpane.html has no #root");
  createRoot(root).render(
    <CrashNotice>
      <Mounted>
        <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: "100%" }}>
          <App services={compose()} initialLanguage={language} dark={dark} />
        </FluentProvider>
      </Mounted>
    </CrashNotice>,
  );
}

boot().catch((error: unknown) => guard.show("startup", errorText(error)));
