import { makeStyles, tokens } from "@fluentui/react-components";

export interface BarItem {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  /** The figures shown next to the bar (already formatted). */
  readonly detail: string;
}

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", rowGap: "6px" },
  row: { display: "grid", rowGap: "2px" },
  label: { fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  figures: { display: "flex", alignItems: "center", columnGap: "8px" },
  detail: {
    flexShrink: 0,
    whiteSpace: "nowrap",
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: "tabular-nums",
    color: tokens.colorNeutralForeground2,
  },
  track: {
    flexGrow: 1,
    minWidth: "24px",
    height: "8px",
    backgroundColor: tokens.colorNeutralBackground4,
    borderRadius: tokens.borderRadiusSmall,
  },
  bar: {
    height: "100%",
    backgroundColor: tokens.colorBrandBackground,
    borderRadius: tokens.borderRadiusSmall,
  },
});

/** Horizontal bars scaled to the largest value: a chart readable at a glance in a narrow pane. */
export function BarList({ items, label }: { readonly items: readonly BarItem[]; readonly label: string }) {
  const styles = useStyles();
  const max = Math.max(0, ...items.map((item) => item.value));
  return (
    <ul className={styles.list} aria-label={label}>
      {items.map((item) => (
        <li key={item.key} className={styles.row}>
          <span className={styles.label}>{item.label}</span>
          <div className={styles.figures}>
            <div className={styles.track} aria-hidden="true">
              <div className={styles.bar} style={{ width: `${max > 0 ? (item.value / max) * 100 : 0}%` }} />
            </div>
            <span className={styles.detail}>{item.detail}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
