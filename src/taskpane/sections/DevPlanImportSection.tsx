import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import { ArrowImportRegular } from "@fluentui/react-icons";
import type { DevPlanImportReport } from "../../app/importDevPlan";
import { skippedByReason } from "../../domain/import/skippedByReason";
import type { IssueLocation } from "../../domain/validate/Issue";
import { skipReasonText } from "../../messages/skipReasonText";
import { ErrorBar } from "../components/ErrorBar";
import { IssueList } from "../components/IssueList";
import { useAsyncAction } from "../components/useAsyncAction";
import { devPlanStrings } from "../i18n/devPlanStrings";
import { useLanguage } from "../i18n/LanguageContext";
import { useServices } from "../ServicesContext";

const useStyles = makeStyles({
  section: { display: "grid", rowGap: "8px", marginBlockStart: "12px" },
  actions: { display: "flex", alignItems: "center", columnGap: "8px", flexWrap: "wrap" },
  list: { margin: "4px 0 0", paddingInlineStart: "20px" },
});

function ReportView(props: { report: DevPlanImportReport; onSelect: (location: IssueLocation) => void }) {
  const styles = useStyles();
  const { strings, language } = useLanguage();
  const t = devPlanStrings(language);
  const { report } = props;
  const sheet = report.sheet ?? "";
  const issues = report.issues.length > 0 && <IssueList issues={report.issues} onSelect={props.onSelect} />;
  if (report.outcome !== "imported") {
    const message = {
      refused: t.importRefused(sheet),
      "no-sheet": t.importNoSheet,
      "no-fiscal-year": t.importNoFiscalYear,
      "edition-present": t.importEditionPresent(report.edition),
    }[report.outcome];
    return (
      <>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
        {issues}
      </>
    );
  }
  const skipped = skippedByReason(report.skipped);
  return (
    <>
      <MessageBar intent={report.issues.length > 0 ? "warning" : "success"} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            {t.imported(sheet, report.entriesImported, report.edition, report.fiscalYear ?? 0)}
          </MessageBarTitle>
          {skipped.length > 0 && (
            <div>
              {strings.import.skipped}
              <ul className={styles.list}>
                {skipped.map(([reason, cells]) => (
                  <li key={reason}>
                    {strings.import.skippedRow(skipReasonText(reason, language), cells.join(", "))}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div>{t.importNext}</div>
        </MessageBarBody>
      </MessageBar>
      {issues}
    </>
  );
}

export interface DevPlanImportSectionProps {
  /** Called after a successful import so the pane re-reads the workbook. */
  readonly onImported: () => void;
}

/** Import of the development plan's project list (a hand-made ผ.02) from the sheet the user is on. */
export function DevPlanImportSection({ onImported }: DevPlanImportSectionProps) {
  const styles = useStyles();
  const services = useServices();
  const { strings, language } = useLanguage();
  const t = devPlanStrings(language);
  const run = useAsyncAction(async () => {
    if (!services.importDevPlanSheet) throw new Error("importDevPlanSheet is not available");
    const report = await services.importDevPlanSheet();
    if (report.outcome === "imported") onImported();
    return report;
  });
  const select = useAsyncAction((location: IssueLocation) => services.selectCell(location));
  if (!services.importDevPlanSheet) return null;
  return (
    <section className={styles.section} aria-label={t.importRun}>
      <p>{t.importIntro}</p>
      <div className={styles.actions}>
        <Button icon={<ArrowImportRegular />} disabled={run.running} onClick={() => void run.run()}>
          {t.importRun}
        </Button>
        {run.running && <Spinner size="tiny" label={t.importRunning} />}
      </div>
      {run.state.status === "done" && (
        <ReportView report={run.state.result} onSelect={(location) => void select.run(location)} />
      )}
      {run.state.status === "failed" && (
        <ErrorBar title={t.importFailed} error={run.state.error} onDismiss={run.reset} />
      )}
      {select.state.status === "failed" && (
        <ErrorBar title={strings.validate.selectFailed} error={select.state.error} onDismiss={select.reset} />
      )}
    </section>
  );
}
