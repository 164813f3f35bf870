import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { BookRegular } from "@fluentui/react-icons";
import type { Issue } from "../../domain/validate/Issue";
import { ErrorBar } from "../../taskpane/components/ErrorBar";
import { IssueList } from "../../taskpane/components/IssueList";
import { useAsyncAction } from "../../taskpane/components/useAsyncAction";
import type { PageText } from "./pageText";

const useStyles = makeStyles({
  section: {
    display: "grid",
    rowGap: "8px",
    paddingBlockStart: "8px",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", alignItems: "center", columnGap: "8px", flexWrap: "wrap" },
  sheets: { margin: "4px 0", paddingInlineStart: "20px" },
});

export interface BookOutcome {
  readonly sheets: readonly string[];
  readonly blockingIssues: readonly Issue[];
  /** The download's name; null when the plan's errors stopped it. */
  readonly name: string | null;
}

export interface BookSectionProps {
  readonly text: PageText;
  /** The book use case is in this version of the page. */
  readonly available: boolean;
  readonly editionLabel: string;
  readonly onBook: () => Promise<BookOutcome>;
}

/** The whole plan book of one edition, on request (below the tables of step 4). */
export function BookSection({ text, available, editionLabel, onBook }: BookSectionProps) {
  const styles = useStyles();
  const t = text.book;
  const book = useAsyncAction(onBook);
  const result = book.state.status === "done" ? book.state.result : null;
  return (
    <section className={styles.section} aria-label={t.title}>
      <h3 className={styles.heading}>{t.title}</h3>
      <p>{available ? t.intro : t.unavailable}</p>
      <div className={styles.actions}>
        <Button icon={<BookRegular />} disabled={!available || book.running} onClick={() => void book.run()}>
          {t.run(editionLabel)}
        </Button>
        {book.running && <Spinner size="tiny" label={t.running} />}
      </div>
      {book.state.status === "failed" && (
        <ErrorBar title={t.failed} error={book.state.error} onDismiss={book.reset} />
      )}
      {result && result.blockingIssues.length > 0 && (
        <>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{t.blocked}</MessageBarBody>
          </MessageBar>
          <IssueList issues={result.blockingIssues} context={t.issuesIn} />
        </>
      )}
      {result && result.name !== null && (
        <MessageBar intent="success" layout="multiline" role="status">
          <MessageBarBody>
            <MessageBarTitle>{t.done}</MessageBarTitle>
            <ul className={styles.sheets}>
              {result.sheets.map((sheet) => (
                <li key={sheet}>{sheet}</li>
              ))}
            </ul>
            <div>{text.downloaded(result.name)}</div>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
