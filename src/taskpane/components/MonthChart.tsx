import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  // Capped so the chart stays small in a wide pane.
  chart: { width: "100%", maxWidth: "360px", height: "auto", display: "block" },
  bar: { fill: tokens.colorBrandBackground },
  text: { fill: tokens.colorNeutralForeground1, fontSize: "9px" },
});

const WIDTH = 240;
const BAR_AREA = 60;

/** Projects per fiscal month as 12 columns; a table with the same numbers is the accessible version. */
export function MonthChart(props: {
  readonly counts: readonly number[];
  readonly monthNames: readonly string[];
  readonly label: string;
}) {
  const styles = useStyles();
  const max = Math.max(1, ...props.counts);
  const slot = WIDTH / 12;
  return (
    <svg
      className={styles.chart}
      viewBox={`0 0 ${WIDTH} ${BAR_AREA + 28}`}
      role="img"
      aria-label={props.label}
    >
      {props.counts.map((count, month) => {
        const height = (count / max) * BAR_AREA;
        const x = month * slot;
        return (
          <g key={month}>
            <rect
              className={styles.bar}
              x={x + 3}
              y={10 + BAR_AREA - height}
              width={slot - 6}
              height={height}
              rx={1}
            />
            <text className={styles.text} x={x + slot / 2} y={8 + BAR_AREA - height} textAnchor="middle">
              {count}
            </text>
            <text className={styles.text} x={x + slot / 2} y={BAR_AREA + 24} textAnchor="middle">
              {props.monthNames[month]}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
