import { Button, makeStyles, Text } from "@fluentui/react-components";
import { LinkAddRegular } from "@fluentui/react-icons";
import { suggestionOf } from "../../domain/validate/devPlanSuggestion";
import type { Issue } from "../../domain/validate/Issue";
import { devPlanStrings } from "../i18n/devPlanStrings";
import { useLanguage } from "../i18n/LanguageContext";
import { useServices } from "../ServicesContext";
import { ErrorBar } from "./ErrorBar";
import { useAsyncAction } from "./useAsyncAction";

const useStyles = makeStyles({
  fill: { display: "grid", rowGap: "2px", paddingInlineStart: "4.5em", marginBlockEnd: "4px" },
});

export interface DevPlanRefFillProps {
  readonly issue: Issue;
  /** Called after the reference was written, so the pane checks the plan again. */
  readonly onFilled: () => void;
}

/**
 * Under a missing-reference warning with a suggestion: a button that fills the best-matching entry of
 * the development plan's list into the project's blank link cells (the pane's one write into user data,
 * on a click, never over what the user typed).
 */
export function DevPlanRefFill({ issue, onFilled }: DevPlanRefFillProps) {
  const styles = useStyles();
  const services = useServices();
  const { language } = useLanguage();
  const t = devPlanStrings(language);
  const suggestion = suggestionOf(issue);
  const fill = useAsyncAction(async () => {
    if (!services.fillDevPlanRef) throw new Error("fillDevPlanRef is not available");
    const report = await services.fillDevPlanRef(issue);
    if (report.outcome === "filled") onFilled();
    return report;
  });
  if (!suggestion || !services.fillDevPlanRef) return null;
  const result = fill.state.status === "done" ? fill.state.result : null;
  return (
    <div className={styles.fill}>
      <Button
        size="small"
        appearance="subtle"
        icon={<LinkAddRegular />}
        title={t.fillTitle(suggestion.edition, suggestion.name)}
        disabled={fill.running || result?.outcome === "filled"}
        onClick={() => void fill.run()}
      >
        {t.fill(suggestion.page, suggestion.item)}
      </Button>
      <Text size={200}>{suggestion.name}</Text>
      {result && (
        <Text size={200} role="status">
          {result.outcome === "filled"
            ? t.fillOutcome.filled(result.cells.join(", "))
            : t.fillOutcome[result.outcome]}
        </Text>
      )}
      {fill.state.status === "failed" && (
        <ErrorBar title={t.fillFailed} error={fill.state.error} onDismiss={fill.reset} />
      )}
    </div>
  );
}
