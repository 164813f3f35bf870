import { Button, makeStyles, Spinner } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { ErrorBar } from "./ErrorBar";
import type { AsyncState } from "./useAsyncAction";

const useStyles = makeStyles({
  actions: { display: "flex", alignItems: "center", columnGap: "8px", flexWrap: "wrap" },
});

export interface EditionActionHeadProps {
  /** The step's texts: what it shows, its reload button, the spinner's label and the failure's title. */
  readonly text: {
    readonly intro: string;
    readonly reload: string;
    readonly loading: string;
    readonly failed: string;
  };
  /** The step's `useEditionAction`: what it reloads, whether it runs, how it failed. */
  readonly action: {
    readonly running: boolean;
    readonly state: AsyncState<unknown>;
    readonly reload: () => void;
    readonly reset: () => void;
  };
}

/**
 * The head of a step that works out a view of the chosen edition (totals, follow-up): its intro, the
 * button that works it out again, a spinner meanwhile, and the failure with its cause.
 */
export function EditionActionHead({ text, action }: EditionActionHeadProps) {
  const styles = useStyles();
  const { state } = action;
  return (
    <>
      <p>{text.intro}</p>
      <div className={styles.actions}>
        <Button icon={<ArrowClockwiseRegular />} disabled={action.running} onClick={action.reload}>
          {text.reload}
        </Button>
        {action.running && <Spinner size="tiny" label={text.loading} />}
      </div>
      {state.status === "failed" && (
        <ErrorBar title={text.failed} error={state.error} onDismiss={action.reset} />
      )}
    </>
  );
}
