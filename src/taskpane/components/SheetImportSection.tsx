import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import { ArrowImportRegular } from "@fluentui/react-icons";
import type { SkippedRow } from "../../domain/import/ImportResult";
import { skippedByReason } from "../../domain/import/skippedByReason";
import type { Issue, IssueLocation } from "../../domain/validate/Issue";
import { skipReasonText } from "../../messages/skipReasonText";
import { useLanguage } from "../i18n/LanguageContext";
import { useServices } from "../ServicesContext";
import { ErrorBar } from "./ErrorBar";
import { IssueList } from "./IssueList";
import { useAsyncAction } from "./useAsyncAction";

const useStyles = makeStyles({
  section: { display: "grid", rowGap: "8px", marginBlockStart: "12px" },
  actions: { display: "flex", alignItems: "center", columnGap: "8px", flexWrap: "wrap" },
  list: { margin: "4px 0 0", paddingInlineStart: "20px" },
});

/** What every importer of a hand-made sheet reports, whatever it imports. */
export interface SheetImportReport {
  readonly outcome: string;
  readonly skipped: readonly SkippedRow[];
  readonly issues: readonly Issue[];
}

/** A report in words: why nothing was imported, or what was, what else was written and what to do next. */
export type SheetImportSummary =
  { readonly refused: string } | { readonly title: string; readonly written?: string; readonly next: string };

export interface SheetImportSectionProps<R extends SheetImportReport> {
  /** The section's texts: its button (also the section's name), intro, spinner label and failure title. */
  readonly text: {
    readonly run: string;
    readonly intro: string;
    readonly running: string;
    readonly failed: string;
    /** Added to the names of the report's issue regions (see IssueList's `context`). */
    readonly issuesIn: string;
  };
  /** Imports the sheet the user is on. */
  readonly importSheet: () => Promise<R>;
  /** Called after a successful import so the pane re-reads the workbook. */
  readonly onImported: () => void;
  readonly summarize: (report: R) => SheetImportSummary;
}

function ReportView(props: {
  report: SheetImportReport;
  issuesIn: string;
  summary: SheetImportSummary;
  onSelect: (location: IssueLocation) => void;
}) {
  const styles = useStyles();
  const { strings, language } = useLanguage();
  const { report, summary } = props;
  const issues = report.issues.length > 0 && (
    <IssueList issues={report.issues} context={props.issuesIn} onSelect={props.onSelect} />
  );
  if ("refused" in summary)
    return (
      <>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{summary.refused}</MessageBarBody>
        </MessageBar>
        {issues}
      </>
    );
  const skipped = skippedByReason(report.skipped);
  return (
    <>
      <MessageBar intent={report.issues.length > 0 ? "warning" : "success"} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{summary.title}</MessageBarTitle>
          {summary.written && <div>{summary.written}</div>}
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
          <div>{summary.next}</div>
        </MessageBarBody>
      </MessageBar>
      {issues}
    </>
  );
}

/**
 * Import from the sheet the user is on (a hand-made ผด.02 or ผ.02): the button, a spinner, the report
 * (what was read, what was skipped and why, the importer's issues, each going to its cell) or the failure.
 */
export function SheetImportSection<R extends SheetImportReport>({
  text,
  importSheet,
  onImported,
  summarize,
}: SheetImportSectionProps<R>) {
  const styles = useStyles();
  const services = useServices();
  const { strings } = useLanguage();
  const run = useAsyncAction(async () => {
    const report = await importSheet();
    if (report.outcome === "imported") onImported();
    return report;
  });
  const select = useAsyncAction((location: IssueLocation) => services.selectCell(location));
  return (
    <section className={styles.section} aria-label={text.run}>
      <p>{text.intro}</p>
      <div className={styles.actions}>
        <Button icon={<ArrowImportRegular />} disabled={run.running} onClick={() => void run.run()}>
          {text.run}
        </Button>
        {run.running && <Spinner size="tiny" label={text.running} />}
      </div>
      {run.state.status === "done" && (
        <ReportView
          report={run.state.result}
          issuesIn={text.issuesIn}
          summary={summarize(run.state.result)}
          onSelect={(location) => void select.run(location)}
        />
      )}
      {run.state.status === "failed" && (
        <ErrorBar title={text.failed} error={run.state.error} onDismiss={run.reset} />
      )}
      {select.state.status === "failed" && (
        <ErrorBar title={strings.validate.selectFailed} error={select.state.error} onDismiss={select.reset} />
      )}
    </section>
  );
}
