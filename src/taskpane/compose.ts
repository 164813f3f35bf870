import { createAppServices } from "../app/createAppServices";
import { workbookTimeline } from "../app/workbookTimeline";
import { OfficeWorkbook, type ExcelRunner } from "../adapters/office/OfficeWorkbook";
import { detectCapabilities, type IsSetSupported } from "../adapters/office/capabilities";
import { TEMPLATE_TABLES } from "../domain/template/templateSpec";
import { localToday } from "./format/localToday";
import type { TaskPaneServices } from "./TaskPaneServices";

export interface ComposeDeps {
  readonly run: ExcelRunner;
  readonly isSetSupported: IsSetSupported;
  /** The current instant, for owner marks (ISO timestamp). */
  readonly now: () => string;
  /** Today's civil date in the user's time zone (YYYY-MM-DD), for deadlines. */
  readonly today: () => string;
}

/** The task pane's services over any Excel.run-like runner (the e2e stub passes an in-memory one). */
export function composeServices({ run, isSetSupported, now, today }: ComposeDeps): TaskPaneServices {
  const workbook = new OfficeWorkbook({
    run,
    capabilities: detectCapabilities(isSetSupported),
  });
  const services = createAppServices({ workbook, navigator: workbook, clock: now, today });
  const inputTables = TEMPLATE_TABLES.map((table) => table.table);
  return {
    ...services,
    timeline: (code) => workbookTimeline(workbook, code, today()),
    onInputChanged(listener) {
      let unsubscribe: (() => Promise<void>) | null = null;
      let cancelled = false;
      workbook
        .watchInputTables(inputTables, () => listener())
        .then(
          (off) => {
            if (cancelled) void off().catch(() => undefined);
            else unsubscribe = off;
          },
          // The stale warning is advisory: a host without table events (or a read-only workbook) must not break the pane.
          () => undefined,
        );
      return () => {
        cancelled = true;
        void unsubscribe?.().catch(() => undefined);
      };
    },
  };
}

/** The composition root's services for the live workbook (call after Office.onReady). */
export function compose(): TaskPaneServices {
  const requirements = Office.context.requirements;
  return composeServices({
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, minVersion) => requirements.isSetSupported(name, minVersion),
    now: () => new Date().toISOString(),
    today: localToday,
  });
}
