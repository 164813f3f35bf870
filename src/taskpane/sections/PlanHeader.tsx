import { Button, Field, makeStyles, Select, Spinner, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import type { PlanOverview } from "../../app/AppServices";
import { useLanguage } from "../i18n/LanguageContext";

const useStyles = makeStyles({
  header: {
    display: "grid",
    rowGap: "8px",
    padding: "10px 12px",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  organisation: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  muted: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  row: { display: "flex", alignItems: "flex-end", columnGap: "8px" },
  field: { flexGrow: 1, minWidth: 0 },
});

export interface PlanHeaderProps {
  readonly overview: PlanOverview | null;
  readonly loading: boolean;
  readonly edition: string | null;
  readonly onEdition: (edition: string | null) => void;
  readonly editionLabel: (edition: string) => string;
  readonly onRefresh: () => void;
}

const ALL = "";

/** Who the plan is for, which fiscal year, and which edition the steps below work on. */
export function PlanHeader({
  overview,
  loading,
  edition,
  onEdition,
  editionLabel,
  onRefresh,
}: PlanHeaderProps) {
  const styles = useStyles();
  const { strings } = useLanguage();
  const t = strings.header;
  const name = overview?.organisationName.trim() ?? "";
  return (
    <div className={styles.header}>
      <div>
        <p className={styles.organisation}>{name === "" ? t.noOrganisation : name}</p>
        <div className={styles.muted}>
          {t.fiscalYear} {overview?.fiscalYear ?? t.noFiscalYear}
        </div>
      </div>
      <div className={styles.row}>
        <Field label={t.edition} className={styles.field}>
          <Select
            value={edition ?? ALL}
            onChange={(_, data) => onEdition(data.value === ALL ? null : data.value)}
          >
            <option value={ALL}>{t.allEditions}</option>
            {(overview?.editions ?? []).map((code) => (
              <option key={code} value={code}>
                {editionLabel(code)}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          icon={loading ? <Spinner size="extra-tiny" /> : <ArrowClockwiseRegular />}
          aria-label={loading ? t.reading : t.refresh}
          title={t.refresh}
          disabled={loading}
          onClick={onRefresh}
        />
      </div>
    </div>
  );
}
