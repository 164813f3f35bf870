import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text } from "@fluentui/react-components";
import { useEffect } from "react";
import { ErrorBar } from "../components/ErrorBar";
import { useAsyncAction } from "../components/useAsyncAction";
import { useLanguage } from "../i18n/LanguageContext";
import { useServices } from "../ServicesContext";
import { FollowUpTimeline } from "./FollowUpTimeline";
import { TimelineView } from "./TimelineView";

export interface TimelineSectionProps {
  readonly edition: string | null;
  /** Input changed after the tables were last built. */
  readonly stale: boolean;
}

/** Step 5: the stale warning and the chosen edition's steps with due dates (when the services provide them). */
export function TimelineSection({ edition, stale }: TimelineSectionProps) {
  const services = useServices();
  const { strings } = useLanguage();
  const t = strings.timeline;
  const load = useAsyncAction(async (chosen: string) =>
    services.timeline ? services.timeline(chosen) : null,
  );
  const { run } = load;
  useEffect(() => {
    if (edition !== null) void run(edition);
  }, [run, edition]);
  const steps = load.state.status === "done" ? load.state.result : null;
  const overdue = steps?.filter((step) => step.status === "late").length ?? 0;
  return (
    <>
      {stale && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t.staleTitle}</MessageBarTitle>
            {t.stale}
          </MessageBarBody>
        </MessageBar>
      )}
      <p>{t.intro}</p>
      {edition === null && <p>{t.pickEdition}</p>}
      {load.running && <Spinner size="tiny" label={strings.loading} />}
      {load.state.status === "failed" && (
        <ErrorBar title={t.failed} error={load.state.error} onDismiss={load.reset} />
      )}
      {edition !== null && load.state.status === "done" && (steps === null || steps.length === 0) && (
        <p>{t.unavailable}</p>
      )}
      {steps && steps.length > 0 && (
        <>
          {overdue > 0 && (
            <Text weight="semibold" role="status">
              {t.overdue(overdue)}
            </Text>
          )}
          <TimelineView steps={steps} />
        </>
      )}
      <FollowUpTimeline />
    </>
  );
}
