import type { ImportReport } from "../../app/importSheet";
import { SheetImportSection, type SheetImportSummary } from "../components/SheetImportSection";
import type { Strings } from "../i18n/th";
import { useLanguage } from "../i18n/LanguageContext";
import { useServices } from "../ServicesContext";

export interface ImportSectionProps {
  /** Called after a successful import so the pane re-reads the workbook. */
  readonly onImported: () => void;
}

function summaryOf(report: ImportReport, t: Strings["import"]): SheetImportSummary {
  const sheet = report.sheet ?? "";
  if (report.outcome === "refused") return { refused: t.refused(sheet) };
  if (report.outcome === "projects-not-empty") return { refused: t.projectsNotEmpty };
  if (report.outcome !== "imported") return { refused: t.noSheet };
  return {
    title: t.imported(sheet, report.rowsImported, report.strategiesImported),
    ...(report.settingsWritten.length > 0
      ? { written: t.settingsWritten(report.settingsWritten.length) }
      : {}),
    next: t.next,
  };
}

/** Import of a hand-made ผด.02 from the sheet the user is on, with what was read and skipped. */
export function ImportSection({ onImported }: ImportSectionProps) {
  const services = useServices();
  const { strings } = useLanguage();
  const t = strings.import;
  return (
    <SheetImportSection
      text={t}
      importSheet={() => services.importActiveSheet()}
      onImported={onImported}
      summarize={(report) => summaryOf(report, t)}
    />
  );
}
