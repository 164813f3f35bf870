import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { TimelineStep } from "../TaskPaneServices";
import { formatDate } from "../format/formatDate";
import { useLanguage } from "../i18n/LanguageContext";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", rowGap: "0" },
  item: {
    display: "grid",
    gridTemplateColumns: "12px 1fr",
    columnGap: "8px",
    paddingBlockEnd: "10px",
    position: "relative",
  },
  dot: {
    width: "12px",
    height: "12px",
    borderRadius: "50%",
    marginBlockStart: "4px",
    boxSizing: "border-box",
  },
  done: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  late: { backgroundColor: tokens.colorPaletteRedBackground3 },
  missing: { border: `2px solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  pending: { border: `2px solid ${tokens.colorNeutralStroke1}` },
  head: { display: "flex", justifyContent: "space-between", columnGap: "6px", flexWrap: "wrap" },
  name: { fontWeight: tokens.fontWeightSemibold },
  dates: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

const BADGE = { done: "success", late: "danger", missing: "warning", pending: "informative" } as const;

/** The steps of one edition, in order, each with its date, its due date and a status. */
export function TimelineView({
  steps,
  names,
}: {
  readonly steps: readonly TimelineStep[];
  /** Step names to show instead of the editions' (the follow-up rounds have their own). */
  readonly names?: Readonly<Record<string, string>>;
}) {
  const styles = useStyles();
  const { language, strings } = useLanguage();
  const t = strings.timeline;
  const show = (date: string | null) => (date === null ? t.none : formatDate(date, language));
  return (
    <ol className={styles.list}>
      {steps.map((step) => (
        <li key={step.step} className={styles.item}>
          <span className={`${styles.dot} ${styles[step.status]}`} aria-hidden="true" />
          <div>
            <div className={styles.head}>
              <span className={styles.name}>{(names ?? t.stepNames)[step.step] ?? step.step}</span>
              <Badge appearance="tint" color={BADGE[step.status]}>
                {t.status[step.status]}
              </Badge>
            </div>
            <div className={styles.dates}>
              {t.date} {show(step.date)} · {t.due} {show(step.dueDate)}
            </div>
          </div>
        </li>
      ))}
    </ol>
  );
}
