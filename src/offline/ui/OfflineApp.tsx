import {
  Badge,
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import { Fragment, useCallback, useMemo, useRef, useState } from "react";
import type { PlanOverview, ValidationReport } from "../../app/AppServices";
import { MAIN_EDITION } from "../../domain/model/editionCode";
import type { Language } from "../../messages/Language";
import { ErrorBar } from "../../taskpane/components/ErrorBar";
import { LanguageSelect } from "../../taskpane/components/LanguageSelect";
import { Step } from "../../taskpane/components/Step";
import { useAsyncAction } from "../../taskpane/components/useAsyncAction";
import { ValidationBadge } from "../../taskpane/components/ValidationBadge";
import { localToday } from "../../taskpane/format/localToday";
import { LanguageContext, type LanguageState } from "../../taskpane/i18n/LanguageContext";
import { BuildSection } from "../../taskpane/sections/BuildSection";
import { DEFAULT_PRINT_CHOICES } from "../../taskpane/sections/PrintChoicesFields";
import type { PrintChoices } from "../../app/PrintChoices";
import { PlanHeader } from "../../taskpane/sections/PlanHeader";
import { DevPlanImportSection } from "../../taskpane/sections/DevPlanImportSection";
import { ImportSection } from "../../taskpane/sections/ImportSection";
import { TemplateSection } from "../../taskpane/sections/TemplateSection";
import { FollowUpSection } from "../../taskpane/sections/FollowUpSection";
import { TimelineSection } from "../../taskpane/sections/TimelineSection";
import { TotalsSection } from "../../taskpane/sections/TotalsSection";
import { ValidateSection } from "../../taskpane/sections/ValidateSection";
import { ServicesContext } from "../../taskpane/ServicesContext";
import type { OfflineBackend, OpenedFile, WorkProgress } from "../session/OfflineBackend";
import { UnreadableFileError } from "../session/UnreadableFileError";
import { BookSection } from "./BookSection";
import { DownloadNote } from "./DownloadNote";
import { blankTemplateName } from "./downloadName";
import { FileDrop } from "./FileDrop";
import { type DownloadNotice, type NamedFile, type NoticeKind, offlineServices } from "./offlineServices";
import { PAGE_STRINGS, PAGE_TEXT, type PageText } from "./pageText";
import { readFileBytes } from "./readFileBytes";

const useStyles = makeStyles({
  app: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  bar: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: "8px",
    padding: "10px 16px",
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    "@media (max-width: 480px)": { fontSize: tokens.fontSizeBase400 },
  },
  main: { flexGrow: 1, width: "100%", maxWidth: "920px", marginInline: "auto", boxSizing: "border-box" },
  file: { display: "grid", rowGap: "8px", padding: "12px" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0 },
  actions: { display: "flex", alignItems: "center", columnGap: "8px", flexWrap: "wrap" },
  note: { padding: "12px" },
  footer: {
    padding: "10px 16px",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    textAlign: "center",
  },
});

interface Opened {
  readonly name: string;
  readonly info: OpenedFile;
  readonly overview: PlanOverview;
  /** Counts the files opened: each new one starts every step afresh. */
  readonly generation: number;
}

type Opening = { readonly phase: "file"; readonly done: number; readonly total: number } | WorkProgress;

function openingText(opening: Opening, text: PageText): string {
  switch (opening.phase) {
    case "file":
      return text.open.reading(opening.done, opening.total);
    case "open":
      return text.open.opening;
    case "read":
      return text.open.readingTables;
    default:
      return text.open.checking;
  }
}

export interface OfflineAppProps {
  readonly backend: OfflineBackend;
  /** Hands a made workbook to the user (the browser's download). */
  readonly save: (file: NamedFile) => void;
  readonly initialLanguage: Language;
  readonly dark: boolean;
  /** Today in the user's time zone (YYYY-MM-DD) and the instant now (ISO); injected for tests. */
  readonly today?: () => string;
  readonly now?: () => string;
}

const nowIso = (): string => new Date().toISOString();

/**
 * The offline page: the task pane's steps on a workbook file. The user opens a file (picker or drop);
 * the steps read it as opened, and every change is a copy to download: the template added, the
 * problem cells marked, the official tables, the plan book.
 */
export function OfflineApp({
  backend,
  save,
  initialLanguage,
  dark,
  today = localToday,
  now = nowIso,
}: OfflineAppProps) {
  const styles = useStyles();
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const strings = PAGE_STRINGS[language];
  const text = PAGE_TEXT[language];
  const languageState = useMemo<LanguageState>(
    () => ({ language, strings, setLanguage }),
    [language, strings],
  );
  const [opened, setOpened] = useState<Opened | null>(null);
  const [opening, setOpening] = useState<Opening | null>(null);
  const [openError, setOpenError] = useState<{ readonly error: unknown; readonly name: string } | null>(null);
  const [severalDropped, setSeveralDropped] = useState(false);
  const [edition, setEdition] = useState<string | null>(null);
  const [validation, setValidation] = useState<ValidationReport | null>(null);
  const [notices, setNotices] = useState<Partial<Record<NoticeKind, DownloadNotice>>>({});
  const picker = useRef<HTMLInputElement | null>(null);
  const current = useRef({ language, name: "" });
  current.current.language = language;

  const services = useMemo(
    () =>
      offlineServices({
        backend,
        save,
        language: () => current.current.language,
        fileName: () => current.current.name,
        notify: (kind, notice) => setNotices((all) => ({ ...all, [kind]: notice })),
        today,
        now,
      }),
    [backend, save, today, now],
  );

  const blank = useAsyncAction(async () => {
    const file = await backend.blankTemplate();
    const name = blankTemplateName(PAGE_TEXT[current.current.language]);
    save({ name, bytes: file.bytes });
    return name;
  });
  const clearBlankNote = blank.reset;

  const openFiles = useCallback(
    async (files: readonly File[]) => {
      const file = files[0];
      if (!file) return;
      setSeveralDropped(files.length > 1);
      setOpenError(null);
      setOpening({ phase: "file", done: 0, total: file.size });
      try {
        const bytes = await readFileBytes(file, (done, total) => setOpening({ phase: "file", done, total }));
        const info = await backend.open({ bytes }, setOpening);
        current.current.name = file.name;
        const overview = await backend.overview(undefined, setOpening);
        setOpened((previous) => ({
          name: file.name,
          info,
          overview,
          generation: (previous?.generation ?? 0) + 1,
        }));
        setEdition((chosen) => (chosen !== null && overview.editions.includes(chosen) ? chosen : null));
        setValidation(null);
        setNotices({});
        clearBlankNote();
      } catch (error) {
        setOpened(null);
        // The notes name the copies of the file no longer open (and the blank template's goes with them).
        setNotices({});
        clearBlankNote();
        setOpenError({ error, name: file.name });
      } finally {
        setOpening(null);
      }
    },
    [backend, clearBlankNote],
  );

  const editions = opened?.overview.editions.length ? opened.overview.editions : [MAIN_EDITION];
  const editionLabel = useCallback(
    (code: string) => (code === MAIN_EDITION ? strings.header.mainEdition : code),
    [strings],
  );
  const bookEdition = edition ?? editions[0] ?? MAIN_EDITION;
  // Step 4's print choices: the tables and the plan book below them are made alike.
  const [choices, setChoices] = useState<PrintChoices>(DEFAULT_PRINT_CHOICES);
  const stale = opened?.overview.generatedSheets.some((sheet) => sheet.stale) ?? false;
  const validationBadge = validation === null ? undefined : <ValidationBadge report={validation} />;

  return (
    <ServicesContext.Provider value={services}>
      <LanguageContext.Provider value={languageState}>
        <div className={styles.app} lang={language} data-theme={dark ? "dark" : "light"}>
          <header className={styles.bar}>
            <h1 className={styles.title}>{text.title}</h1>
            <LanguageSelect />
          </header>
          <main className={styles.main}>
            <section className={styles.file} aria-label={text.open.heading}>
              <h2 className={styles.heading}>{text.open.heading}</h2>
              <p className={styles.intro}>{text.intro}</p>
              <FileDrop
                label={opened ? text.open.change : text.open.drop}
                disabled={opening !== null}
                onFiles={(files) => void openFiles(files)}
                pickerRef={picker}
              />
              {opening && (
                <Field validationMessage={openingText(opening, text)} validationState="none">
                  <ProgressBar
                    aria-label={openingText(opening, text)}
                    {...(opening.phase === "file" && opening.total > 0
                      ? { value: opening.done / opening.total }
                      : {})}
                  />
                </Field>
              )}
              {severalDropped && <div role="status">{text.open.oneFile}</div>}
              {openError &&
                (openError.error instanceof UnreadableFileError ? (
                  // Its text says what the file is and what to do; nothing to retry here.
                  <MessageBar intent="error" layout="multiline" role="alert">
                    <MessageBarBody>
                      <MessageBarTitle>{text.open.failed}</MessageBarTitle>
                      <div>{text.unreadable[openError.error.reason](openError.name)}</div>
                    </MessageBarBody>
                  </MessageBar>
                ) : (
                  <ErrorBar
                    title={text.open.failed}
                    error={openError.error}
                    onDismiss={() => setOpenError(null)}
                  />
                ))}
              {opened && (
                <MessageBar
                  intent={opened.info.strict ? "warning" : "success"}
                  layout="multiline"
                  role="status"
                >
                  <MessageBarBody>
                    <div>{text.open.opened(opened.name, opened.info.size)}</div>
                    {opened.info.macroEnabled && <div>{text.open.macro}</div>}
                    {opened.info.strict && <div>{text.open.strict}</div>}
                  </MessageBarBody>
                </MessageBar>
              )}
            </section>
            {opened && (
              <PlanHeader
                overview={opened.overview}
                loading={opening !== null}
                edition={edition}
                onEdition={setEdition}
                editionLabel={editionLabel}
                onRefresh={() => picker.current?.click()}
              />
            )}
            <Fragment key={opened?.generation ?? 0}>
              <Step number={1} title={strings.steps.template} defaultOpen>
                <p>{text.template.blankIntro}</p>
                <div className={styles.actions}>
                  <Button
                    icon={<ArrowDownloadRegular />}
                    disabled={blank.running}
                    onClick={() => void blank.run()}
                  >
                    {text.template.blank}
                  </Button>
                </div>
                {blank.state.status === "done" && (
                  <DownloadNote notice={{ name: blank.state.result }} text={text} />
                )}
                {blank.state.status === "failed" && (
                  <ErrorBar
                    title={text.template.blankFailed}
                    error={blank.state.error}
                    onDismiss={blank.reset}
                  />
                )}
                {opened && (
                  <TemplateSection
                    overview={opened.overview}
                    onInserted={() => undefined}
                    importers={
                      <>
                        <ImportSection onImported={() => undefined} />
                        <DevPlanImportSection onImported={() => undefined} />
                      </>
                    }
                  />
                )}
                <DownloadNote notice={notices.template} text={text} />
              </Step>
              {opened ? (
                <>
                  <Step number={2} title={strings.steps.validate} defaultOpen badge={validationBadge}>
                    <ValidateSection onReport={setValidation} navigable={false} clearable={false} />
                    <DownloadNote notice={notices.marked} text={text} />
                  </Step>
                  <Step number={3} title={strings.steps.totals}>
                    <TotalsSection edition={edition} />
                  </Step>
                  <Step number={4} title={strings.steps.build}>
                    <BuildSection
                      editions={editions}
                      selectedEdition={edition}
                      editionLabel={editionLabel}
                      onBuilt={() => undefined}
                      navigable={false}
                      choices={choices}
                      onChoicesChange={setChoices}
                      bookChoices={opened.info.book}
                    />
                    <DownloadNote notice={notices.build} text={text} />
                    <BookSection
                      text={text}
                      available={opened.info.book}
                      editionLabel={editionLabel(bookEdition)}
                      onBook={() => services.book(bookEdition, choices)}
                    />
                  </Step>
                  <Step
                    number={5}
                    title={strings.steps.timeline}
                    badge={stale ? <Badge color="warning">!</Badge> : undefined}
                  >
                    <TimelineSection edition={edition} stale={stale} />
                  </Step>
                  <Step number={6} title={strings.steps.followUp}>
                    <FollowUpSection edition={edition} />
                    <DownloadNote notice={notices.report} text={text} />
                  </Step>
                </>
              ) : (
                <p className={styles.note}>{text.open.needFile}</p>
              )}
            </Fragment>
          </main>
          <footer className={styles.footer}>{text.footer}</footer>
        </div>
      </LanguageContext.Provider>
    </ServicesContext.Provider>
  );
}
