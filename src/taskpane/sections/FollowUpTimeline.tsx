import { followUpStrings } from "../i18n/followUpStrings";
import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect } from "react";
import type { FollowUpTimelineStep } from "../../domain/editions/followUpTimeline";
import { FOLLOW_UP_ROUNDS } from "../../domain/model/followUpReport";
import { ErrorBar } from "../components/ErrorBar";
import { useAsyncAction } from "../components/useAsyncAction";
import { useLanguage } from "../i18n/LanguageContext";
import { useServices } from "../ServicesContext";
import { TimelineView } from "./TimelineView";

const useStyles = makeStyles({
  h3: { margin: "10px 0 4px", fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  h4: { margin: "6px 0 4px", fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
});

/** A round's steps in the shape the timeline view shows. */
const viewSteps = (steps: readonly FollowUpTimelineStep[]) =>
  steps.map(({ field, date, dueDate, status }) => ({ step: field, date, dueDate, status }));

/**
 * The follow-up rounds in the timeline (step 5): the December report of ข้อ 29 (5) with its posting
 * deadlines, and the 6-month round, each step with its date, due date and status.
 */
export function FollowUpTimeline() {
  const styles = useStyles();
  const services = useServices();
  const { language } = useLanguage();
  const t = followUpStrings(language);
  const load = useAsyncAction(() => services.followUp(null));
  const { run } = load;
  useEffect(() => {
    void run();
  }, [run]);
  const steps = load.state.status === "done" ? load.state.result.timeline : null;
  return (
    <section aria-label={t.timelineTitle}>
      <h3 className={styles.h3}>{t.timelineTitle}</h3>
      <p>{t.timelineIntro}</p>
      {load.state.status === "failed" && (
        <ErrorBar title={t.failed} error={load.state.error} onDismiss={load.reset} />
      )}
      {steps &&
        [...FOLLOW_UP_ROUNDS].reverse().map((round) => (
          <div key={round}>
            <h4 className={styles.h4}>{t.rounds[round]}</h4>
            <TimelineView steps={viewSteps(steps.filter((s) => s.round === round))} names={t.stepNames} />
          </div>
        ))}
    </section>
  );
}
