import { makeStyles, tokens } from "@fluentui/react-components";

/** The four parts of a bar, in order: completed, in progress, not started, stopped (cancelled or impossible). */
export type ProgressParts = readonly [number, number, number, number];

export interface ProgressItem {
  readonly key: string;
  readonly label: string;
  readonly parts: ProgressParts;
  /** The counts as text, shown under the bar (the bar itself is decoration for the eye). */
  readonly detail: string;
}

const useStyles = makeStyles({
  legend: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: "10px",
    rowGap: "2px",
    margin: 0,
    padding: 0,
    listStyleType: "none",
    fontSize: tokens.fontSizeBase200,
  },
  key: { display: "inline-flex", alignItems: "center", columnGap: "4px" },
  swatch: { width: "10px", height: "10px", borderRadius: tokens.borderRadiusSmall, flexShrink: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", rowGap: "8px" },
  row: { display: "grid", rowGap: "2px" },
  label: { fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  track: {
    display: "flex",
    height: "10px",
    overflow: "hidden",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground4,
  },
  detail: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    fontVariantNumeric: "tabular-nums",
  },
  done: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  inProgress: { backgroundColor: tokens.colorBrandBackground },
  notStarted: { backgroundColor: tokens.colorNeutralStrokeAccessible },
  stopped: { backgroundColor: tokens.colorPaletteRedBackground3 },
});

const PARTS = ["done", "inProgress", "notStarted", "stopped"] as const;

/**
 * One stacked bar per item (completed, in progress, not started, stopped), with a legend; each bar's
 * counts are written under it, so the chart reads without the colours too.
 */
export function ProgressBars(props: {
  readonly items: readonly ProgressItem[];
  readonly label: string;
  readonly legend: Readonly<Record<(typeof PARTS)[number], string>>;
}) {
  const styles = useStyles();
  return (
    <>
      <ul className={styles.legend} aria-hidden="true">
        {PARTS.map((part) => (
          <li key={part} className={styles.key}>
            <span className={`${styles.swatch} ${styles[part]}`} />
            {props.legend[part]}
          </li>
        ))}
      </ul>
      <ul className={styles.list} aria-label={props.label}>
        {props.items.map((item) => {
          const total = item.parts.reduce((a, b) => a + b, 0);
          return (
            <li key={item.key} className={styles.row}>
              <span className={styles.label}>{item.label}</span>
              <div className={styles.track} aria-hidden="true">
                {PARTS.map((part, i) =>
                  (item.parts[i] ?? 0) > 0 ? (
                    <div
                      key={part}
                      className={styles[part]}
                      style={{ width: `${total > 0 ? ((item.parts[i] ?? 0) / total) * 100 : 0}%` }}
                    />
                  ) : null,
                )}
              </div>
              <span className={styles.detail}>{item.detail}</span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
