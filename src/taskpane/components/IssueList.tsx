import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircleRegular, WarningRegular } from "@fluentui/react-icons";
import { useState, type ReactNode } from "react";
import type { Issue, IssueLocation, Severity } from "../../domain/validate/Issue";
import { issueText } from "../format/issueText";
import { useLanguage } from "../i18n/LanguageContext";
import { LIST_ITEM_BUTTON } from "./listItemButton";

const PAGE = 50;

const useStyles = makeStyles({
  group: { display: "grid", rowGap: "4px", marginBlockEnd: "12px" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  sheet: { margin: "4px 0 0", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", rowGap: "2px" },
  item: {
    display: "flex",
    columnGap: "6px",
    alignItems: "flex-start",
    ...LIST_ITEM_BUTTON,
  },
  static: { cursor: "default", ":hover": { backgroundColor: "transparent" } },
  cell: {
    flexShrink: 0,
    minWidth: "3.5em",
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
  },
  error: { color: tokens.colorPaletteRedForeground1, flexShrink: 0, marginBlockStart: "2px" },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0, marginBlockStart: "2px" },
});

export interface IssueListProps {
  readonly issues: readonly Issue[];
  /** Goes to an issue's cell; without it (a file, not the live workbook) the cells are only shown. */
  readonly onSelect?: (location: IssueLocation) => void;
  /** An action shown under an issue (e.g. filling a suggested reference); null for none. */
  readonly actionFor?: (issue: Issue) => ReactNode;
  /**
   * Where the list stands (e.g. "to fix before the ผด. tables"), added to its regions' names: lists
   * shown at once (the check's and a refused build's) must not share a name. Omitted only by the
   * validate step's own list.
   */
  readonly context?: string;
}

function groupBySheet(issues: readonly Issue[], noLocation: string): [string, Issue[]][] {
  const groups = new Map<string, Issue[]>();
  for (const issue of issues) {
    const sheet = issue.location?.sheet ?? noLocation;
    const group = groups.get(sheet);
    if (group) group.push(issue);
    else groups.set(sheet, [issue]);
  }
  return [...groups];
}

function SheetGroup(props: {
  sheet: string;
  issues: Issue[];
  onSelect: ((location: IssueLocation) => void) | undefined;
  actionFor?: ((issue: Issue) => ReactNode) | undefined;
}) {
  const styles = useStyles();
  const { language, strings } = useLanguage();
  const [shown, setShown] = useState(PAGE);
  return (
    <>
      <h4 className={styles.sheet}>
        {props.sheet} ({props.issues.length})
      </h4>
      <ul className={styles.list}>
        {props.issues.slice(0, shown).map((issue, index) => {
          const icon =
            issue.severity === "error" ? (
              <ErrorCircleRegular className={styles.error} aria-hidden="true" />
            ) : (
              <WarningRegular className={styles.warning} aria-hidden="true" />
            );
          const text = issueText(issue, language, strings);
          const location = issue.location;
          const select = props.onSelect;
          return (
            <li key={`${issue.code}-${location?.cell ?? ""}-${index}`}>
              {location && select ? (
                <button
                  type="button"
                  className={styles.item}
                  title={strings.validate.goTo(location.cell)}
                  onClick={() => select(location)}
                >
                  {icon}
                  <span className={styles.cell}>{location.cell}</span>
                  <span>{text}</span>
                </button>
              ) : (
                <div className={`${styles.item} ${styles.static}`}>
                  {icon}
                  {location && <span className={styles.cell}>{location.cell}</span>}
                  <span>{text}</span>
                </div>
              )}
              {props.actionFor?.(issue)}
            </li>
          );
        })}
      </ul>
      {props.issues.length > shown && (
        <Button appearance="transparent" size="small" onClick={() => setShown((n) => n + PAGE)}>
          {strings.validate.showMore(Math.min(PAGE, props.issues.length - shown))}
        </Button>
      )}
    </>
  );
}

/** Issues grouped by severity (errors first), then by sheet; each located issue selects its cell. */
export function IssueList({ issues, onSelect, actionFor, context }: IssueListProps) {
  const styles = useStyles();
  const { strings } = useLanguage();
  const severities: [Severity, string][] = [
    ["error", strings.validate.errors],
    ["warning", strings.validate.warnings],
  ];
  return (
    <div>
      {severities.map(([severity, title]) => {
        const ofSeverity = issues.filter((issue) => issue.severity === severity);
        if (ofSeverity.length === 0) return null;
        return (
          <section
            key={severity}
            className={styles.group}
            aria-label={`${title} (${ofSeverity.length})${context ? ` ${context}` : ""}`}
          >
            <h3 className={styles.heading}>
              {title} ({ofSeverity.length})
            </h3>
            {groupBySheet(ofSeverity, strings.validate.noLocation).map(([sheet, group]) => (
              <SheetGroup
                key={sheet}
                sheet={sheet}
                issues={group}
                onSelect={onSelect}
                actionFor={actionFor}
              />
            ))}
          </section>
        );
      })}
    </div>
  );
}
