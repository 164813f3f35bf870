import type { ReactNode } from "react";
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import { TableAddRegular } from "@fluentui/react-icons";
import type { PlanOverview } from "../../app/AppServices";
import type { TemplateReport } from "../../app/WorkbookPort";
import { ErrorBar } from "../components/ErrorBar";
import { useAsyncAction } from "../components/useAsyncAction";
import { useLanguage } from "../i18n/LanguageContext";
import { useServices } from "../ServicesContext";
import { manualStepText } from "./BuildManualSteps";
import { TEMPLATE_TABLES } from "../../domain/template/templateSpec";

/** Staff know the sheets by their Thai names, not the ASCII table names. */
const sheetOf = (table: string): string => TEMPLATE_TABLES.find((t) => t.table === table)?.sheet ?? table;

const useStyles = makeStyles({
  list: { margin: "4px 0 0", paddingInlineStart: "20px" },
  actions: { display: "flex", alignItems: "center", columnGap: "8px", flexWrap: "wrap" },
});

export interface TemplateSectionProps {
  readonly overview: PlanOverview | null;
  /** Called after an insert so the pane re-reads the workbook. */
  readonly onInserted: () => void;
  /**
   * The importers shown under the template (the hand-made ผด.02 and ผ.02 lists): the pane loads them
   * lazily, the offline page (one file) eagerly, so the host passes them in.
   */
  readonly importers?: ReactNode;
}

function ReportView({ report }: { report: TemplateReport }) {
  const styles = useStyles();
  const { strings } = useLanguage();
  const t = strings.template;
  const headerGaps = Object.entries(report.missingHeaders).filter(([, headers]) => headers.length > 0);
  const intent = headerGaps.length > 0 || report.degraded.length > 0 ? "warning" : "success";
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        {report.created.length > 0 ? (
          <div>
            <MessageBarTitle>{t.created}</MessageBarTitle> {report.created.map(sheetOf).join(", ")}
          </div>
        ) : (
          <div>{t.nothingCreated}</div>
        )}
        {report.kept.length > 0 && (
          <div>
            {t.kept} {report.kept.map(sheetOf).join(", ")}
          </div>
        )}
        {Object.entries(report.addedColumns).map(([table, headers]) => (
          <div key={`added-${table}`}>{t.addedColumns(sheetOf(table), headers.join(", "))}</div>
        ))}
        {headerGaps.map(([table, headers]) => (
          <div key={table}>{t.missingHeaders(sheetOf(table), headers.join(", "))}</div>
        ))}
        {report.degraded.length > 0 && (
          <div>
            {t.degraded}
            <ul className={styles.list}>
              {report.degraded.map((code) => (
                <li key={code}>{manualStepText({ code, sheet: "", params: {} }, strings.manualSteps)}</li>
              ))}
            </ul>
          </div>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Step 1: insert the input template, or say that it is there and what is missing. */
export function TemplateSection({ overview, onInserted, importers }: TemplateSectionProps) {
  const styles = useStyles();
  const services = useServices();
  const { strings } = useLanguage();
  const t = strings.template;
  const insert = useAsyncAction(async () => {
    const report = await services.insertTemplate();
    onInserted();
    return report;
  });
  const present = overview?.templatePresent ?? false;
  const missing = overview?.missingTables ?? [];
  return (
    <>
      {present ? (
        <MessageBar intent={missing.length > 0 ? "warning" : "success"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.found}</MessageBarTitle>
            {missing.length > 0 && (
              <div>
                {t.missingTables} {missing.map(sheetOf).join(", ")}
              </div>
            )}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <p>{t.intro}</p>
      )}
      {(!present || missing.length > 0) && (
        <div className={styles.actions}>
          <Button
            appearance="primary"
            icon={<TableAddRegular />}
            disabled={insert.running}
            onClick={() => void insert.run()}
          >
            {present ? t.insertMissing : t.insert}
          </Button>
          {insert.running && <Spinner size="tiny" label={t.inserting} />}
        </div>
      )}
      {insert.state.status === "done" && <ReportView report={insert.state.result} />}
      {insert.state.status === "failed" && (
        <ErrorBar title={t.failed} error={insert.state.error} onDismiss={insert.reset} />
      )}
      {importers}
    </>
  );
}
