import { makeStyles, tokens } from "@fluentui/react-components";
import type { PlanSummary } from "../../domain/rollup/PlanSummary";
import { BarList } from "../components/BarList";
import { EditionActionHead } from "../components/EditionActionHead";
import { MonthChart } from "../components/MonthChart";
import { useEditionAction } from "../components/useEditionAction";
import { formatBaht } from "../../domain/text/formatBaht";
import { formatPercent } from "../../domain/text/formatPercent";
import { useLanguage } from "../i18n/LanguageContext";
import { useServices } from "../ServicesContext";

const useStyles = makeStyles({
  h3: { margin: "6px 0 4px", fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  total: {
    display: "grid",
    gridTemplateColumns: "1fr 1fr",
    columnGap: "8px",
    padding: "8px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  figure: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
  },
  caption: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  th: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    padding: "3px 4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  num: { textAlign: "end", padding: "3px 4px", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  name: { padding: "3px 4px", overflowWrap: "anywhere" },
  workPlan: { paddingInlineStart: "14px" },
  strategyRow: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground2 },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
  },
});

function SummaryView({ summary }: { summary: PlanSummary }) {
  const styles = useStyles();
  const { strings } = useLanguage();
  const t = strings.totals;
  const monthCounts = Array.from(
    { length: 12 },
    (_, month) => summary.months.find((m) => m.month === month)?.projects ?? 0,
  );
  return (
    <>
      <div className={styles.total} aria-label={t.total}>
        <div>
          <div className={styles.caption}>{t.projects}</div>
          <div className={styles.figure}>{summary.total.projects}</div>
        </div>
        <div>
          <div className={styles.caption}>{t.budget}</div>
          <div className={styles.figure}>{formatBaht(summary.total.budget)}</div>
        </div>
      </div>
      {summary.equipment.items > 0 && (
        <div className={styles.caption}>
          {t.equipment(summary.equipment.items, formatBaht(summary.equipment.budget))}
        </div>
      )}

      <h3 className={styles.h3}>{t.byStrategy}</h3>
      <BarList
        label={t.byStrategy}
        items={summary.strategies.map((s) => ({
          key: String(s.number),
          label: `${s.number}. ${s.name}`,
          value: s.budget,
          detail: `${formatPercent(s.budgetPercent)}%`,
        }))}
      />
      <table className={styles.table}>
        <thead>
          <tr>
            <th className={styles.th} scope="col">
              <span className={styles.visuallyHidden}>{t.byStrategy}</span>
            </th>
            <th className={`${styles.th} ${styles.num}`} scope="col">
              {t.projects}
            </th>
            <th className={`${styles.th} ${styles.num}`} scope="col">
              {t.budget}
            </th>
            <th className={`${styles.th} ${styles.num}`} scope="col">
              %
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.strategies.map((s) => [
            <tr key={`s${s.number}`} className={styles.strategyRow}>
              <th className={styles.name} scope="row" title={s.name}>
                {t.strategyShort(s.number)}
              </th>
              <td className={styles.num}>{s.projects}</td>
              <td className={styles.num}>{formatBaht(s.budget)}</td>
              <td className={styles.num}>{formatPercent(s.budgetPercent)}</td>
            </tr>,
            ...s.workPlans.map((w) => (
              <tr key={`s${s.number}-${w.name}`}>
                <th className={`${styles.name} ${styles.workPlan}`} scope="row">
                  {w.name}
                </th>
                <td className={styles.num}>{w.projects}</td>
                <td className={styles.num}>{formatBaht(w.budget)}</td>
                <td className={styles.num}>{formatPercent(w.budgetPercent)}</td>
              </tr>
            )),
          ])}
          <tr className={styles.strategyRow}>
            <th className={styles.name} scope="row">
              {t.total}
            </th>
            <td className={styles.num}>{summary.total.projects}</td>
            <td className={styles.num}>{formatBaht(summary.total.budget)}</td>
            <td className={styles.num}>{formatPercent(summary.total.budgetPercent)}</td>
          </tr>
        </tbody>
      </table>

      <h3 className={styles.h3}>{t.byFunding}</h3>
      <BarList
        label={t.byFunding}
        items={summary.fundingSources.map((f) => ({
          key: f.source,
          label: strings.fundingSources[f.source],
          value: f.budget,
          detail: `${t.projectCount(f.projects)} · ${formatBaht(f.budget)}`,
        }))}
      />

      <h3 className={styles.h3}>{t.byMonth}</h3>
      <MonthChart counts={monthCounts} monthNames={strings.months} label={t.byMonth} />
      <table className={styles.visuallyHidden}>
        <caption>{t.byMonth}</caption>
        <tbody>
          {monthCounts.map((count, month) => (
            <tr key={month}>
              <th scope="row">{strings.months[month]}</th>
              <td>{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Step 3 (lazy-loaded): totals of the chosen edition, as figures, compact tables and small bar charts. */
export function TotalsSection({ edition }: { readonly edition: string | null }) {
  const services = useServices();
  const { strings } = useLanguage();
  const t = strings.totals;
  const summarize = useEditionAction((chosen) => services.summarize(chosen), edition);
  const { state } = summarize;
  return (
    <>
      <EditionActionHead text={t} action={summarize} />
      {state.status === "done" &&
        (state.result.total.projects === 0 ? <p>{t.empty}</p> : <SummaryView summary={state.result} />)}
    </>
  );
}
