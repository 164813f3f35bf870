import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  chart: { width: "100%", maxWidth: "360px", height: "auto", display: "block" },
  planned: { fill: tokens.colorNeutralBackground5, stroke: tokens.colorNeutralStroke1, strokeWidth: 0.5 },
  actual: { fill: tokens.colorBrandBackground },
  now: { stroke: tokens.colorNeutralForeground2, strokeWidth: 0.75, strokeDasharray: "2 2" },
  text: { fill: tokens.colorNeutralForeground1, fontSize: "9px" },
  legend: { display: "flex", columnGap: "12px", fontSize: tokens.fontSizeBase200, margin: "2px 0 0" },
  key: { display: "inline-flex", alignItems: "center", columnGap: "4px" },
  swatchPlanned: {
    width: "10px",
    height: "10px",
    backgroundColor: tokens.colorNeutralBackground5,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  swatchActual: { width: "10px", height: "10px", backgroundColor: tokens.colorBrandBackground },
});

const WIDTH = 240;
const BAR_AREA = 64;
/** Height under the bars: two rows of month names, alternating, since "มี.ค." is wider than a slot. */
const LABELS = 30;

/**
 * Cumulative plan and actual by fiscal month: a wide pale column for the plan, a narrow solid one
 * inside it for what was disbursed (drawn up to the report's month). The caller gives the same figures
 * as a table for screen readers.
 */
export function PlanActualChart(props: {
  readonly planned: readonly number[];
  /** null for the months after the report's date. */
  readonly actual: readonly (number | null)[];
  readonly monthNames: readonly string[];
  /** The report's month (0 = ต.ค.), marked with a line. */
  readonly current: number;
  readonly label: string;
  readonly legend: { readonly planned: string; readonly actual: string };
}) {
  const styles = useStyles();
  const max = Math.max(1, ...props.planned, ...props.actual.map((a) => a ?? 0));
  const slot = WIDTH / 12;
  const height = (value: number) => (value / max) * BAR_AREA;
  return (
    <>
      <svg
        className={styles.chart}
        viewBox={`0 0 ${WIDTH} ${BAR_AREA + LABELS}`}
        role="img"
        aria-label={props.label}
      >
        {props.planned.map((planned, month) => {
          const x = month * slot;
          const actual = props.actual[month] ?? null;
          return (
            <g key={month}>
              <rect
                className={styles.planned}
                x={x + 2}
                y={8 + BAR_AREA - height(planned)}
                width={slot - 4}
                height={height(planned)}
              />
              {actual !== null && (
                <rect
                  className={styles.actual}
                  x={x + 5}
                  y={8 + BAR_AREA - height(actual)}
                  width={slot - 10}
                  height={height(actual)}
                />
              )}
              <text
                className={styles.text}
                x={x + slot / 2}
                y={BAR_AREA + (month % 2 === 0 ? 18 : 28)}
                textAnchor="middle"
              >
                {props.monthNames[month]}
              </text>
            </g>
          );
        })}
        <line
          className={styles.now}
          x1={(props.current + 1) * slot}
          x2={(props.current + 1) * slot}
          y1={2}
          y2={8 + BAR_AREA}
        />
      </svg>
      <div className={styles.legend} aria-hidden="true">
        <span className={styles.key}>
          <span className={styles.swatchPlanned} />
          {props.legend.planned}
        </span>
        <span className={styles.key}>
          <span className={styles.swatchActual} />
          {props.legend.actual}
        </span>
      </div>
    </>
  );
}
