import { followUpStrings } from "../i18n/followUpStrings";
import {
  Button,
  Checkbox,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Switch,
  tokens,
} from "@fluentui/react-components";
import { DocumentTableRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { FollowUpSheetOptions } from "../../app/buildFollowUpSheets";
import type { FollowUpView } from "../../app/followUpOfWorkbook";
import { fiscalMonthOf, hasCalendar } from "../../domain/followUp/schedule";
import type { ProgressTally, ReportItem } from "../../domain/followUp/FollowUpReport";
import type { FollowUpSheetSet } from "../../domain/layout/layoutFollowUpSheets";
import { calendarYearOfFiscalMonth } from "../../domain/model/months";
import { cellOf } from "../../domain/model/SourceRef";
import type { IssueLocation } from "../../domain/validate/Issue";
import { formatBaht } from "../../domain/text/formatBaht";
import { formatPercent } from "../../domain/text/formatPercent";
import { EditionActionHead } from "../components/EditionActionHead";
import { ErrorBar } from "../components/ErrorBar";
import { IssueList } from "../components/IssueList";
import { PlanActualChart } from "../components/PlanActualChart";
import { ProgressBars, type ProgressParts } from "../components/ProgressBars";
import { useAsyncAction } from "../components/useAsyncAction";
import { useEditionAction } from "../components/useEditionAction";
import { formatDate } from "../format/formatDate";
import { useLanguage } from "../i18n/LanguageContext";
import { useServices } from "../ServicesContext";
import { BuildManualSteps } from "./BuildManualSteps";
import { LIST_ITEM_BUTTON } from "../components/listItemButton";

const useStyles = makeStyles({
  h3: { margin: "6px 0 4px", fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  caption: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  total: {
    display: "grid",
    gridTemplateColumns: "1fr 1fr",
    columnGap: "8px",
    rowGap: "4px",
    padding: "8px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  figure: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
  },
  wide: { gridColumn: "1 / -1" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", rowGap: "2px" },
  item: {
    display: "grid",
    rowGap: "1px",
    ...LIST_ITEM_BUTTON,
  },
  itemName: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  reportButtons: { display: "grid", rowGap: "6px", justifyItems: "start" },
  sheets: { margin: "4px 0", paddingInlineStart: "20px" },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
  },
});

const partsOf = (t: ProgressTally): ProgressParts => [
  t.byStatus.ดำเนินการแล้วเสร็จ,
  t.byStatus.อยู่ระหว่างดำเนินการ,
  t.byStatus.ยังไม่ดำเนินการ,
  t.byStatus.ยกเลิก + t.byStatus.ไม่สามารถดำเนินการได้,
];

/** The cell a listed project is selected at: its status, which the user will want to update. */
function statusCell(item: ReportItem): IssueLocation | null {
  return item.source ? { sheet: item.source.sheet, cell: cellOf(item.source, "status") } : null;
}

function FollowUpView({
  view,
  onSelect,
}: {
  view: FollowUpView;
  onSelect: (location: IssueLocation) => void;
}) {
  const styles = useStyles();
  const { language, strings } = useLanguage();
  const t = followUpStrings(language);
  const { report } = view;
  const total = report.total;
  const fy = report.fiscalYear;
  const current = hasCalendar(fy) ? fiscalMonthOf(fy, report.asOf) : 0;
  const monthLabel = (month: number): string =>
    `${strings.months[month] ?? ""} ${language === "th" ? calendarYearOfFiscalMonth(fy, month) : calendarYearOfFiscalMonth(fy, month) - 543}`;
  let plannedSum = 0;
  let actualSum = 0;
  const planned: number[] = [];
  const actual: (number | null)[] = [];
  for (const m of report.months) {
    plannedSum += m.plannedBudget;
    actualSum += m.disbursed;
    planned.push(plannedSum);
    actual.push(m.month <= current ? actualSum : null);
  }
  const done = total.byStatus.ดำเนินการแล้วเสร็จ;
  return (
    <>
      <div className={styles.caption}>{t.asOf(formatDate(report.asOf, language))}</div>
      <div className={styles.total} aria-label={t.summary} role="group">
        <div>
          <div className={styles.caption}>{t.projects}</div>
          <div className={styles.figure}>{total.projects}</div>
        </div>
        <div>
          <div className={styles.caption}>{t.done}</div>
          <div className={styles.figure}>
            {done} ({formatPercent(total.statusPercent.ดำเนินการแล้วเสร็จ)}%)
          </div>
        </div>
        <div className={styles.wide}>
          <div className={styles.caption}>{t.disbursed}</div>
          <div className={styles.figure}>{formatBaht(total.disbursed)}</div>
          <div className={styles.caption}>
            {t.ofBudget(formatPercent(total.disbursedPercent ?? 0), formatBaht(total.budget))}
          </div>
        </div>
      </div>

      <h3 className={styles.h3}>{t.byStrategy}</h3>
      <ProgressBars
        label={t.byStrategy}
        legend={t.legend}
        items={[
          ...report.strategies.map((s) => ({
            key: `s${s.number}`,
            label: t.strategyProgress(`${s.number}. ${s.name}`, s.projects),
            parts: partsOf(s),
            detail: t.counts(...partsOf(s)),
          })),
          ...(report.equipment.projects > 0
            ? [
                {
                  key: "equipment",
                  label: t.strategyProgress(t.equipment, report.equipment.projects),
                  parts: partsOf(report.equipment),
                  detail: t.counts(...partsOf(report.equipment)),
                },
              ]
            : []),
        ]}
      />

      <h3 className={styles.h3}>{t.byMonth}</h3>
      <PlanActualChart
        planned={planned}
        actual={actual}
        monthNames={strings.months}
        current={current}
        label={t.byMonth}
        legend={{ planned: t.planned, actual: t.actual }}
      />
      <div className={styles.caption}>
        {t.toDate(monthLabel(current), formatBaht(actual[current] ?? 0), formatBaht(planned[current] ?? 0))}
      </div>
      <div className={styles.caption}>{t.monthNote}</div>
      <table className={styles.visuallyHidden}>
        <caption>{t.byMonth}</caption>
        <thead>
          <tr>
            <th scope="col">{t.month}</th>
            <th scope="col">{t.planned}</th>
            <th scope="col">{t.actual}</th>
          </tr>
        </thead>
        <tbody>
          {planned.map((value, month) => (
            <tr key={month}>
              <th scope="row">{monthLabel(month)}</th>
              <td>{formatBaht(value)}</td>
              <td>{actual[month] === null ? "" : formatBaht(actual[month] ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3 className={styles.h3}>{t.behind}</h3>
      {report.behindSchedule.length === 0 ? (
        <p>{t.behindNone}</p>
      ) : (
        <ul className={styles.list} aria-label={t.behind}>
          {report.behindSchedule.map((item, index) => {
            const location = statusCell(item);
            const text = (
              <>
                <span className={styles.itemName}>{item.name}</span>
                <span>
                  {location ? `${location.cell} · ` : ""}
                  {t.behindItem(monthLabel(item.firstMonth), item.passedMonths)}
                </span>
              </>
            );
            return (
              <li key={`${item.kind}-${item.source?.row ?? index}`}>
                {location ? (
                  <button type="button" className={styles.item} onClick={() => onSelect(location)}>
                    {text}
                  </button>
                ) : (
                  <div className={styles.item}>{text}</div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

const SETS: readonly FollowUpSheetSet[] = ["6", "12", "december"];

/** The report buttons: each writes one report's sheets (the December one with its notice). */
function ReportButtons({ edition }: { edition: string | null }) {
  const styles = useStyles();
  const services = useServices();
  const { language, strings } = useLanguage();
  const t = followUpStrings(language);
  // The report's print choices, as step 4 has them for the tables: digits, and the notice as a typed copy.
  const [thaiDigits, setThaiDigits] = useState(false);
  const [signatureMark, setSignatureMark] = useState(false);
  const select = useAsyncAction((location: IssueLocation) => services.selectCell(location));
  const build = useAsyncAction((options: FollowUpSheetOptions) => services.buildFollowUpSheets(options));
  const label: Readonly<Record<FollowUpSheetSet, string>> = {
    "6": t.report6,
    "12": t.report12,
    december: t.reportDecember,
  };
  const result = build.state.status === "done" ? build.state.result : null;
  return (
    <>
      <h3 className={styles.h3}>{t.reports}</h3>
      <p>{t.reportsIntro}</p>
      <Switch
        label={strings.build.thaiDigits}
        checked={thaiDigits}
        onChange={(_, d) => setThaiDigits(d.checked)}
      />
      <Checkbox
        label={strings.build.signatureMark}
        checked={signatureMark}
        onChange={(_, d) => setSignatureMark(d.checked === true)}
      />
      <div className={styles.reportButtons}>
        {SETS.map((set) => (
          <Button
            key={set}
            icon={<DocumentTableRegular />}
            disabled={build.running}
            onClick={() =>
              void build.run({ sets: [set], edition, thaiDigits, signatureMark, font: "TH SarabunPSK" })
            }
          >
            {label[set]}
          </Button>
        ))}
      </div>
      {build.running && <Spinner size="tiny" label={t.reportRunning} />}
      {build.state.status === "failed" && (
        <ErrorBar title={t.reportFailed} error={build.state.error} onDismiss={build.reset} />
      )}
      {result && result.blockingIssues.length > 0 && (
        <>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{t.reportBlocked}</MessageBarBody>
          </MessageBar>
          {select.state.status === "failed" && (
            <ErrorBar title={t.selectFailed} error={select.state.error} onDismiss={select.reset} />
          )}
          <IssueList
            issues={result.blockingIssues}
            context={t.reportIssuesIn}
            onSelect={(location) => void select.run(location)}
          />
        </>
      )}
      {result && result.blockingIssues.length === 0 && (
        <>
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t.reportDone}</MessageBarTitle>
              <ul className={styles.sheets}>
                {result.sheets.map((sheet) => (
                  <li key={sheet}>{sheet}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
          <BuildManualSteps steps={result.manualSteps} />
        </>
      )}
    </>
  );
}

/**
 * Step 6 (lazy-loaded): the year's follow-up as of today: progress by strategy, disbursement against
 * the plan by month, the projects behind schedule (a click selects the row's status cell), and the
 * buttons that write the 6-month, 12-month and December reports.
 */
export function FollowUpSection({ edition }: { readonly edition: string | null }) {
  const services = useServices();
  const { language } = useLanguage();
  const t = followUpStrings(language);
  const load = useEditionAction((chosen) => services.followUp(chosen), edition);
  const { state } = load;
  const select = useAsyncAction((location: IssueLocation) => services.selectCell(location));
  const view = state.status === "done" ? state.result : null;
  return (
    <>
      <EditionActionHead text={t} action={load} />
      {select.state.status === "failed" && (
        <ErrorBar title={t.selectFailed} error={select.state.error} onDismiss={select.reset} />
      )}
      {view && !view.recorded && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t.notRecorded}</MessageBarBody>
        </MessageBar>
      )}
      {view &&
        (view.report.total.projects === 0 ? (
          <p>{t.empty}</p>
        ) : (
          <FollowUpView view={view} onSelect={(location) => void select.run(location)} />
        ))}
      <ReportButtons edition={edition} />
    </>
  );
}
