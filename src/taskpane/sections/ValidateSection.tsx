import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  ToggleButton,
} from "@fluentui/react-components";
import { EraserRegular, HighlightRegular } from "@fluentui/react-icons";
import { useState, type ReactNode } from "react";
import type { ValidationReport } from "../../app/AppServices";
import type { Issue, IssueLocation } from "../../domain/validate/Issue";
import { ErrorBar } from "../components/ErrorBar";
import { IssueList } from "../components/IssueList";
import { useAsyncAction } from "../components/useAsyncAction";
import { useLanguage } from "../i18n/LanguageContext";
import { useServices } from "../ServicesContext";

type Filter = "all" | "error" | "warning";

const useStyles = makeStyles({
  actions: { display: "flex", alignItems: "center", columnGap: "8px", rowGap: "6px", flexWrap: "wrap" },
});

export interface ValidateSectionProps {
  readonly onReport?: (report: ValidationReport) => void;
  /** Issues go to their cell when clicked (the live workbook); false: the cells are only shown (a file). */
  readonly navigable?: boolean;
  /** Highlights can be cleared again (the live workbook); false: highlighting makes something new (a file's marked copy). */
  readonly clearable?: boolean;
  /** An action under an issue (the pane's "fill the suggested reference"), given by the host; `recheck` validates again. */
  readonly issueAction?: (issue: Issue, recheck: () => void) => ReactNode;
}

/** Step 2: check the data, list the issues by severity and sheet, click one to go to its cell. */
export function ValidateSection({
  onReport,
  navigable = true,
  clearable = true,
  issueAction,
}: ValidateSectionProps) {
  const styles = useStyles();
  const services = useServices();
  const { strings } = useLanguage();
  const t = strings.validate;
  const [filter, setFilter] = useState<Filter>("all");
  const validate = useAsyncAction(async () => {
    const report = await services.validate();
    onReport?.(report);
    return report;
  });
  const select = useAsyncAction((location: IssueLocation) => services.selectCell(location));
  const highlight = useAsyncAction(async (on: boolean) => {
    if (on && validate.state.status === "done") await services.highlightIssues(validate.state.result.issues);
    else await services.clearHighlights();
    return on;
  });

  const report = validate.state.status === "done" ? validate.state.result : null;
  const filters: [Filter, string][] = [
    ["all", t.filterAll],
    ["error", `${t.filterErrors} (${report?.errorCount ?? 0})`],
    ["warning", `${t.filterWarnings} (${report?.warningCount ?? 0})`],
  ];
  const shown = report?.issues.filter((issue) => filter === "all" || issue.severity === filter) ?? [];
  return (
    <>
      <p>{t.intro}</p>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={validate.running} onClick={() => void validate.run()}>
          {report ? t.rerun : t.run}
        </Button>
        {validate.running && <Spinner size="tiny" label={t.running} />}
      </div>
      {validate.state.status === "failed" && (
        <ErrorBar title={t.failed} error={validate.state.error} onDismiss={validate.reset} />
      )}
      {report && report.issues.length === 0 && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t.noIssues}</MessageBarBody>
        </MessageBar>
      )}
      {report && report.issues.length > 0 && (
        <>
          <Text weight="semibold" role="status">
            {t.summary(report.errorCount, report.warningCount)}
          </Text>
          <div className={styles.actions} role="group" aria-label={t.filterLabel}>
            {filters.map(([value, label]) => (
              <ToggleButton
                key={value}
                size="small"
                shape="circular"
                appearance={filter === value ? "primary" : "secondary"}
                checked={filter === value}
                onClick={() => setFilter(value)}
              >
                {label}
              </ToggleButton>
            ))}
          </div>
          <div className={styles.actions}>
            <Button
              size="small"
              icon={<HighlightRegular />}
              disabled={highlight.running}
              onClick={() => void highlight.run(true)}
            >
              {t.highlight}
            </Button>
            {clearable && (
              <Button
                size="small"
                icon={<EraserRegular />}
                disabled={highlight.running}
                onClick={() => void highlight.run(false)}
              >
                {t.clearHighlight}
              </Button>
            )}
          </div>
          {highlight.state.status === "done" && (
            <Text size={200} role="status">
              {highlight.state.result ? t.highlighted : t.cleared}
            </Text>
          )}
          {highlight.state.status === "failed" && (
            <ErrorBar title={t.highlightFailed} error={highlight.state.error} onDismiss={highlight.reset} />
          )}
          {select.state.status === "failed" && (
            <ErrorBar title={t.selectFailed} error={select.state.error} onDismiss={select.reset} />
          )}
          <IssueList
            issues={shown}
            {...(navigable ? { onSelect: (location: IssueLocation) => void select.run(location) } : {})}
            {...(issueAction
              ? { actionFor: (issue: Issue) => issueAction(issue, () => void validate.run()) }
              : {})}
          />
        </>
      )}
    </>
  );
}
