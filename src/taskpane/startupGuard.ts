/**
 * The plain-HTML start-up guard of taskpane.html (an inline ES3 script that runs before any bundle): it
 * shows notices the app cannot (this webview cannot run the pane) and the watchdog's "did not start"
 * notice, until the app says it is mounted.
 */
export type StartupNotice =
  /** Office.js did not load (offline, or a proxy blocks Microsoft's CDN). */
  | "noOfficeJs"
  /** Opened outside Excel (a browser, another Office app). */
  | "outsideExcel"
  /** Excel below ExcelApi 1.7. */
  | "tooOld"
  /** Failed before the app could show (with the error text for support). */
  | "startup"
  /** Failed after it showed: a render error the app cannot recover from. */
  | "crash";

export interface StartupGuard {
  /** True when a notice is up after which the app must not start (e.g. Internet Explorer). */
  readonly blocked: boolean;
  /** The app is on screen: stops the watchdog and takes down its notice. */
  mounted(): void;
  show(notice: StartupNotice, detail?: string): void;
}

/** Does nothing: for pages without the guard (tests rendering the app directly). */
const ABSENT: StartupGuard = { blocked: false, mounted: () => undefined, show: () => undefined };

export function startupGuard(): StartupGuard {
  return (window as { actionPlanStartup?: StartupGuard }).actionPlanStartup ?? ABSENT;
}

/** An error as the support text shows it: its stack where the webview gives one. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}
