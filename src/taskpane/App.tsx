import { Badge, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import type { ValidationReport } from "../app/AppServices";
import { MAIN_EDITION } from "../domain/model/editionCode";
import { ErrorBar } from "./components/ErrorBar";
import { LanguageSelect } from "./components/LanguageSelect";
import { Step } from "./components/Step";
import { useAsyncAction } from "./components/useAsyncAction";
import { ValidationBadge } from "./components/ValidationBadge";
import { LanguageContext, type LanguageState } from "./i18n/LanguageContext";
import type { Language } from "../messages/Language";
import { STRINGS } from "./i18n/strings";
import { PlanHeader } from "./sections/PlanHeader";
import { TemplateSection } from "./sections/TemplateSection";
import { ValidateSection } from "./sections/ValidateSection";
import { ServicesContext } from "./ServicesContext";
import type { TaskPaneServices } from "./TaskPaneServices";

// Loaded when their step is first opened, to keep the start-up bundle small.
const TotalsSection = lazy(() =>
  import("./sections/TotalsSection").then((m) => ({ default: m.TotalsSection })),
);
const FollowUpSection = lazy(() =>
  import("./sections/FollowUpSection").then((m) => ({ default: m.FollowUpSection })),
);
// Steps after the first two load when opened, so the pane is interactive sooner (see the e2e's size budget).
const EditionChangesList = lazy(() =>
  import("./sections/EditionChangesList").then((m) => ({ default: m.EditionChangesList })),
);
const TimelineSection = lazy(() =>
  import("./sections/TimelineSection").then((m) => ({ default: m.TimelineSection })),
);
const ImportSection = lazy(() =>
  import("./sections/ImportSection").then((m) => ({ default: m.ImportSection })),
);
const DevPlanImportSection = lazy(() =>
  import("./sections/DevPlanImportSection").then((m) => ({ default: m.DevPlanImportSection })),
);
const DevPlanRefFill = lazy(() =>
  import("./components/DevPlanRefFill").then((m) => ({ default: m.DevPlanRefFill })),
);
const BuildSection = lazy(() => import("./sections/BuildSection").then((m) => ({ default: m.BuildSection })));

const useStyles = makeStyles({
  app: { display: "flex", flexDirection: "column", minHeight: "100%", color: tokens.colorNeutralForeground1 },
  bar: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: "8px",
    padding: "8px 12px",
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  main: { flexGrow: 1 },
  error: { padding: "8px 12px" },
});

export interface AppProps {
  readonly services: TaskPaneServices;
  readonly initialLanguage: Language;
  readonly dark: boolean;
}

/** The task pane: plan header, then the six steps of the procedure in order. */
export function App({ services, initialLanguage, dark }: AppProps) {
  const styles = useStyles();
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [edition, setEdition] = useState<string | null>(null);
  const [validation, setValidation] = useState<ValidationReport | null>(null);
  const [builtOnce, setBuiltOnce] = useState(false);
  const [stale, setStale] = useState(false);
  const strings = STRINGS[language];
  const languageState = useMemo<LanguageState>(
    () => ({ language, strings, setLanguage }),
    [language, strings],
  );

  const overview = useAsyncAction(() => services.overview());
  const { run: readOverview } = overview;
  useEffect(() => {
    void readOverview();
  }, [readOverview]);

  const plan = overview.state.status === "done" ? overview.state.result : null;
  // Tables built before the pane opened count too: their owner marks say which input they came from.
  const hasGenerated = (plan?.generatedSheets.length ?? 0) > 0;
  const staleOnOpen = plan?.generatedSheets.some((sheet) => sheet.stale) ?? false;

  useEffect(() => {
    if (!(builtOnce || hasGenerated) || !services.onInputChanged) return undefined;
    return services.onInputChanged(() => setStale(true));
  }, [services, builtOnce, hasGenerated]);

  const editions = plan?.editions ?? [MAIN_EDITION];
  const editionLabel = useCallback(
    (code: string) => (code === MAIN_EDITION ? strings.header.mainEdition : code),
    [strings],
  );
  const onBuilt = useCallback(() => {
    setBuiltOnce(true);
    setStale(false);
    // Re-read the owner marks, so the stale state reflects the sheets just written.
    void readOverview();
  }, [readOverview]);
  const tablesStale = stale || staleOnOpen;

  const validationBadge = validation === null ? undefined : <ValidationBadge report={validation} />;
  const fallback = <Spinner size="tiny" label={strings.loading} />;

  return (
    <ServicesContext.Provider value={services}>
      <LanguageContext.Provider value={languageState}>
        <div className={styles.app} lang={language} data-theme={dark ? "dark" : "light"}>
          <header className={styles.bar}>
            <h1 className={styles.title}>{strings.appTitle}</h1>
            <LanguageSelect />
          </header>
          <main className={styles.main}>
            <PlanHeader
              overview={plan}
              loading={overview.running}
              edition={edition}
              onEdition={setEdition}
              editionLabel={editionLabel}
              onRefresh={() => void readOverview()}
            />
            {overview.state.status === "failed" && (
              <div className={styles.error}>
                <ErrorBar
                  title={strings.header.reading}
                  error={overview.state.error}
                  onDismiss={overview.reset}
                />
              </div>
            )}
            <Step number={1} title={strings.steps.template} defaultOpen>
              <TemplateSection
                overview={plan}
                onInserted={() => void readOverview()}
                importers={
                  <Suspense fallback={null}>
                    <ImportSection onImported={() => void readOverview()} />
                    <DevPlanImportSection onImported={() => void readOverview()} />
                  </Suspense>
                }
              />
            </Step>
            <Step number={2} title={strings.steps.validate} defaultOpen badge={validationBadge}>
              <ValidateSection
                onReport={setValidation}
                issueAction={(issue, recheck) => (
                  <Suspense fallback={null}>
                    <DevPlanRefFill issue={issue} onFilled={recheck} />
                  </Suspense>
                )}
              />
            </Step>
            <Step number={3} title={strings.steps.totals}>
              <Suspense fallback={fallback}>
                <TotalsSection edition={edition} />
              </Suspense>
            </Step>
            <Step number={4} title={strings.steps.build}>
              <Suspense fallback={fallback}>
                <BuildSection
                  editions={editions}
                  selectedEdition={edition}
                  editionLabel={editionLabel}
                  onBuilt={onBuilt}
                />
                <EditionChangesList edition={edition} />
              </Suspense>
            </Step>
            <Step
              number={5}
              title={strings.steps.timeline}
              badge={tablesStale ? <Badge color="warning">!</Badge> : undefined}
            >
              <Suspense fallback={fallback}>
                <TimelineSection edition={edition} stale={tablesStale} />
              </Suspense>
            </Step>
            <Step number={6} title={strings.steps.followUp}>
              <Suspense fallback={fallback}>
                <FollowUpSection edition={edition} />
              </Suspense>
            </Step>
          </main>
        </div>
      </LanguageContext.Provider>
    </ServicesContext.Provider>
  );
}
