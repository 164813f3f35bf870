import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { BookOpenRegular } from "@fluentui/react-icons";
import type { PrintChoices } from "../../app/PrintChoices";
import { ErrorBar } from "../components/ErrorBar";
import { IssueList } from "../components/IssueList";
import { useAsyncAction } from "../components/useAsyncAction";
import { useLanguage } from "../i18n/LanguageContext";
import { useServices } from "../ServicesContext";
import { BuildManualSteps } from "./BuildManualSteps";

const useStyles = makeStyles({
  sheets: { margin: "4px 0", paddingInlineStart: "20px" },
});

export interface BookButtonProps {
  /** The edition whose book is made; null: none chosen (the button is off). */
  readonly edition: string | null;
  readonly editionLabel: (edition: string) => string;
  /** The step's print choices, the same as the tables'. */
  readonly choices: PrintChoices;
  readonly disabled: boolean;
}

/**
 * Step 4's "ทั้งเล่ม": the whole plan book of the chosen edition, beside the tables (the same options).
 * Not shown where the services offer no book.
 */
export function BookButton({ edition, editionLabel, choices, disabled }: BookButtonProps) {
  const styles = useStyles();
  const services = useServices();
  const { strings } = useLanguage();
  const t = strings.build;
  const book = useAsyncAction(async (chosen: string) => {
    if (!services.buildBook) throw new Error(t.bookFailed);
    return services.buildBook({ edition: chosen, ...choices });
  });
  if (!services.buildBook) return null;
  return (
    <>
      <Button
        icon={<BookOpenRegular />}
        disabled={disabled || book.running || edition === null}
        title={edition === null ? undefined : t.bookHint(editionLabel(edition))}
        onClick={() => edition !== null && void book.run(edition)}
      >
        {book.running ? t.running : t.book}
      </Button>
      {book.state.status === "failed" && (
        <ErrorBar title={t.bookFailed} error={book.state.error} onDismiss={book.reset} />
      )}
      {book.state.status === "done" && book.state.result.blockingIssues.length > 0 && (
        <>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{t.blocked}</MessageBarBody>
          </MessageBar>
          <IssueList
            issues={book.state.result.blockingIssues}
            context={t.bookIssuesIn}
            onSelect={(location) => void services.selectCell(location)}
          />
        </>
      )}
      {book.state.status === "done" && book.state.result.blockingIssues.length === 0 && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.bookDone}</MessageBarTitle>
            <ul className={styles.sheets}>
              {book.state.result.sheets.map((sheet) => (
                <li key={sheet}>{sheet}</li>
              ))}
            </ul>
            {book.state.result.pictureNotes.includes("images-unsupported") && <div>{t.bookPictures}</div>}
            <div>{book.state.result.manualSteps.length > 0 ? t.nextByHand : t.next}</div>
          </MessageBarBody>
        </MessageBar>
      )}
      {book.state.status === "done" && book.state.result.blockingIssues.length === 0 && (
        // On Excel 2016/2019 the book's page setup (first page numbers included) is left to the user.
        <BuildManualSteps steps={book.state.result.manualSteps} />
      )}
    </>
  );
}
