import type { DevPlanImportReport } from "../../app/importDevPlan";
import { SheetImportSection, type SheetImportSummary } from "../components/SheetImportSection";
import { devPlanStrings } from "../i18n/devPlanStrings";
import { useLanguage } from "../i18n/LanguageContext";
import { useServices } from "../ServicesContext";

type DevPlanStrings = ReturnType<typeof devPlanStrings>;

function summaryOf(report: DevPlanImportReport, t: DevPlanStrings): SheetImportSummary {
  const sheet = report.sheet ?? "";
  if (report.outcome !== "imported")
    return {
      refused: {
        refused: t.importRefused(sheet),
        "no-sheet": t.importNoSheet,
        "no-fiscal-year": t.importNoFiscalYear,
        "edition-present": t.importEditionPresent(report.edition),
      }[report.outcome],
    };
  return {
    title: t.imported(sheet, report.entriesImported, report.edition, report.fiscalYear ?? 0),
    next: t.importNext,
  };
}

export interface DevPlanImportSectionProps {
  /** Called after a successful import so the pane re-reads the workbook. */
  readonly onImported: () => void;
}

/** Import of the development plan's project list (a hand-made ผ.02) from the sheet the user is on. */
export function DevPlanImportSection({ onImported }: DevPlanImportSectionProps) {
  const services = useServices();
  const { language } = useLanguage();
  const t = devPlanStrings(language);
  if (!services.importDevPlanSheet) return null;
  return (
    <SheetImportSection
      text={{
        run: t.importRun,
        intro: t.importIntro,
        running: t.importRunning,
        failed: t.importFailed,
        issuesIn: t.importIssuesIn,
      }}
      importSheet={async () => {
        if (!services.importDevPlanSheet) throw new Error("importDevPlanSheet is not available");
        return services.importDevPlanSheet();
      }}
      onImported={onImported}
      summarize={(report) => summaryOf(report, t)}
    />
  );
}
