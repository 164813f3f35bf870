import {
  Button,
  Checkbox,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  tokens,
} from "@fluentui/react-components";
import { DocumentTableRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { BuildOptions, BuildProgress } from "../../app/AppServices";
import type { PrintChoices } from "../../app/PrintChoices";
import type { IssueLocation } from "../../domain/validate/Issue";
import { ErrorBar } from "../components/ErrorBar";
import { IssueList } from "../components/IssueList";
import { useAsyncAction } from "../components/useAsyncAction";
import { useLanguage } from "../i18n/LanguageContext";
import { useServices } from "../ServicesContext";
import { BookButton } from "./BookButton";
import { BuildManualSteps } from "./BuildManualSteps";
import { DEFAULT_PRINT_CHOICES, PrintChoicesFields } from "./PrintChoicesFields";

const useStyles = makeStyles({
  fieldset: { border: "none", margin: 0, padding: 0, display: "grid", rowGap: "2px" },
  legend: { padding: 0, fontWeight: tokens.fontWeightSemibold, marginBlockEnd: "2px" },
  sheets: { margin: "4px 0", paddingInlineStart: "20px" },
});

type BuildStrings = ReturnType<typeof useLanguage>["strings"]["build"];

function progressText(progress: BuildProgress | null, t: BuildStrings): string {
  if (progress === null) return t.running;
  if (progress.phase === "layout") return t.layingOut(progress.done, progress.total, progress.sheet);
  const { sheets, batches } = progress;
  return batches === null ? t.writing(sheets) : t.writingBatch(sheets, batches.done, batches.total);
}

/** The bar's fill: a fraction where one is known; none (an indeterminate bar) while the write says nothing. */
function progressValue(progress: BuildProgress | null): { value?: number } {
  if (progress?.phase === "layout" && progress.total > 0) return { value: progress.done / progress.total };
  if (progress?.phase === "write" && progress.batches && progress.batches.total > 0) {
    return { value: progress.batches.done / progress.batches.total };
  }
  return {};
}

export interface BuildSectionProps {
  readonly editions: readonly string[];
  readonly selectedEdition: string | null;
  readonly editionLabel: (edition: string) => string;
  readonly onBuilt: () => void;
  /** Blocking issues go to their cell when clicked (the live workbook); false: the cells are only shown. */
  readonly navigable?: boolean;
  /**
   * The print choices, when the host keeps them (the offline page's book uses them too); otherwise
   * the step keeps its own.
   */
  readonly choices?: PrintChoices;
  readonly onChoicesChange?: (choices: PrintChoices) => void;
  /** The host makes the plan book (default: when the services offer it), so its choices show. */
  readonly bookChoices?: boolean;
}

/** Step 4 (lazy-loaded): build the official tables, with progress, once at a time, then say what to do next. */
export function BuildSection({
  editions,
  selectedEdition,
  editionLabel,
  onBuilt,
  navigable = true,
  choices: hostChoices,
  onChoicesChange,
  bookChoices,
}: BuildSectionProps) {
  const styles = useStyles();
  const services = useServices();
  const { strings } = useLanguage();
  const t = strings.build;
  const [chosen, setChosen] = useState<readonly string[]>(() =>
    selectedEdition !== null ? [selectedEdition] : editions.slice(0, 1),
  );
  const [consolidated, setConsolidated] = useState(false);
  const [ownChoices, setOwnChoices] = useState<PrintChoices>(DEFAULT_PRINT_CHOICES);
  const choices = hostChoices ?? ownChoices;
  const setChoices = onChoicesChange ?? setOwnChoices;
  const [progress, setProgress] = useState<BuildProgress | null>(null);
  const select = useAsyncAction((location: IssueLocation) => services.selectCell(location));
  const build = useAsyncAction(async (options: BuildOptions) => {
    setProgress(null);
    const report = await services.buildTables(options, setProgress);
    if (report.blockingIssues.length === 0) onBuilt();
    return report;
  });

  const nothingChosen = chosen.length === 0 && !consolidated;
  const toggle = (edition: string, on: boolean) =>
    setChosen((current) =>
      on ? [...current.filter((e) => e !== edition), edition] : current.filter((e) => e !== edition),
    );
  const start = () =>
    void build.run({
      // Keep the workbook's edition order whatever order the boxes were ticked in.
      editions: editions.filter((e) => chosen.includes(e)),
      consolidated,
      ...choices,
    });

  return (
    <>
      <p>{t.intro}</p>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{t.editions}</legend>
        {editions.map((edition) => (
          <Checkbox
            key={edition}
            label={editionLabel(edition)}
            checked={chosen.includes(edition)}
            onChange={(_, data) => toggle(edition, data.checked === true)}
          />
        ))}
        <Checkbox
          label={t.consolidated}
          checked={consolidated}
          onChange={(_, d) => setConsolidated(d.checked === true)}
        />
      </fieldset>
      <PrintChoicesFields
        value={choices}
        onChange={setChoices}
        bookChoices={bookChoices ?? services.buildBook !== undefined}
      />
      <Button
        appearance="primary"
        data-testid="build"
        icon={<DocumentTableRegular />}
        disabled={build.running || nothingChosen}
        onClick={start}
      >
        {build.running ? t.running : t.run}
      </Button>
      <BookButton
        edition={editions.find((e) => chosen.includes(e)) ?? null}
        editionLabel={editionLabel}
        choices={choices}
        disabled={build.running}
      />
      {nothingChosen && <div role="status">{t.noEditionSelected}</div>}
      {build.running && (
        <Field validationMessage={progressText(progress, t)} validationState="none">
          <ProgressBar aria-label={t.running} {...progressValue(progress)} />
        </Field>
      )}
      {build.state.status === "failed" && (
        <ErrorBar title={t.failed} error={build.state.error} onDismiss={build.reset} />
      )}
      {build.state.status === "done" && build.state.result.blockingIssues.length > 0 && (
        <>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{t.blocked}</MessageBarBody>
          </MessageBar>
          {select.state.status === "failed" && (
            <ErrorBar
              title={strings.validate.selectFailed}
              error={select.state.error}
              onDismiss={select.reset}
            />
          )}
          <IssueList
            issues={build.state.result.blockingIssues}
            context={t.issuesIn}
            {...(navigable ? { onSelect: (location: IssueLocation) => void select.run(location) } : {})}
          />
        </>
      )}
      {build.state.status === "done" && build.state.result.blockingIssues.length === 0 && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.done}</MessageBarTitle>
            <ul className={styles.sheets}>
              {build.state.result.sheets.map((sheet) => (
                <li key={sheet}>{sheet}</li>
              ))}
            </ul>
            {build.state.result.removedSheets.length > 0 && (
              <div>{t.removed(build.state.result.removedSheets.join(", "))}</div>
            )}
            <div>{build.state.result.manualSteps.length > 0 ? t.nextByHand : t.next}</div>
          </MessageBarBody>
        </MessageBar>
      )}
      {build.state.status === "done" && build.state.result.blockingIssues.length === 0 && (
        <BuildManualSteps steps={build.state.result.manualSteps} />
      )}
    </>
  );
}
