import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import { ArrowImportRegular } from "@fluentui/react-icons";
import type { ImportReport } from "../../app/importSheet";
import { skippedByReason } from "../../domain/import/skippedByReason";
import { skipReasonText } from "../../messages/skipReasonText";
import type { IssueLocation } from "../../domain/validate/Issue";
import { ErrorBar } from "../components/ErrorBar";
import { IssueList } from "../components/IssueList";
import { useAsyncAction } from "../components/useAsyncAction";
import { useLanguage } from "../i18n/LanguageContext";
import { useServices } from "../ServicesContext";

const useStyles = makeStyles({
  section: { display: "grid", rowGap: "8px", marginBlockStart: "12px" },
  actions: { display: "flex", alignItems: "center", columnGap: "8px", flexWrap: "wrap" },
  list: { margin: "4px 0 0", paddingInlineStart: "20px" },
});

export interface ImportSectionProps {
  /** Called after a successful import so the pane re-reads the workbook. */
  readonly onImported: () => void;
}

function ImportReportView(props: { report: ImportReport; onSelect: (location: IssueLocation) => void }) {
  const styles = useStyles();
  const { strings, language } = useLanguage();
  const t = strings.import;
  const { report } = props;
  const sheet = report.sheet ?? "";
  if (report.outcome !== "imported") {
    const message =
      report.outcome === "refused"
        ? t.refused(sheet)
        : report.outcome === "projects-not-empty"
          ? t.projectsNotEmpty
          : t.noSheet;
    return (
      <>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
        {report.issues.length > 0 && <IssueList issues={report.issues} onSelect={props.onSelect} />}
      </>
    );
  }
  const skipped = skippedByReason(report.skipped);
  return (
    <>
      <MessageBar intent={report.issues.length > 0 ? "warning" : "success"} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            {t.imported(sheet, report.rowsImported, report.strategiesImported)}
          </MessageBarTitle>
          {report.settingsWritten.length > 0 && <div>{t.settingsWritten(report.settingsWritten.length)}</div>}
          {skipped.length > 0 && (
            <div>
              {t.skipped}
              <ul className={styles.list}>
                {skipped.map(([reason, cells]) => (
                  <li key={reason}>{t.skippedRow(skipReasonText(reason, language), cells.join(", "))}</li>
                ))}
              </ul>
            </div>
          )}
          <div>{t.next}</div>
        </MessageBarBody>
      </MessageBar>
      {report.issues.length > 0 && <IssueList issues={report.issues} onSelect={props.onSelect} />}
    </>
  );
}

/** Import of a hand-made ผด.02 from the sheet the user is on, with what was read and skipped. */
export function ImportSection({ onImported }: ImportSectionProps) {
  const styles = useStyles();
  const services = useServices();
  const { strings } = useLanguage();
  const t = strings.import;
  const importSheet = useAsyncAction(async () => {
    const report = await services.importActiveSheet();
    if (report.outcome === "imported") onImported();
    return report;
  });
  const select = useAsyncAction((location: IssueLocation) => services.selectCell(location));
  return (
    <section className={styles.section} aria-label={t.run}>
      <p>{t.intro}</p>
      <div className={styles.actions}>
        <Button
          icon={<ArrowImportRegular />}
          disabled={importSheet.running}
          onClick={() => void importSheet.run()}
        >
          {t.run}
        </Button>
        {importSheet.running && <Spinner size="tiny" label={t.running} />}
      </div>
      {importSheet.state.status === "done" && (
        <ImportReportView
          report={importSheet.state.result}
          onSelect={(location) => void select.run(location)}
        />
      )}
      {importSheet.state.status === "failed" && (
        <ErrorBar title={t.failed} error={importSheet.state.error} onDismiss={importSheet.reset} />
      )}
      {select.state.status === "failed" && (
        <ErrorBar title={strings.validate.selectFailed} error={select.state.error} onDismiss={select.reset} />
      )}
    </section>
  );
}
