import { makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { useEffect } from "react";
import { changesProjects } from "../../domain/editions/editionChanges";
import { ErrorBar } from "../components/ErrorBar";
import { useAsyncAction } from "../components/useAsyncAction";
import { devPlanStrings } from "../i18n/devPlanStrings";
import { useLanguage } from "../i18n/LanguageContext";
import { useServices } from "../ServicesContext";

const useStyles = makeStyles({
  section: { display: "grid", rowGap: "6px", marginBlockStart: "12px" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingInlineStart: "20px", display: "grid", rowGap: "6px" },
  name: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  field: { margin: 0, paddingInlineStart: "12px", listStyleType: "none" },
});

/**
 * The changes list of a เปลี่ยนแปลง or แก้ไข edition: each of its projects with the fields that differ
 * from the project's earlier row (before → after) and its เหตุผลความจำเป็น. Nothing for other editions.
 */
export function EditionChangesList({ edition }: { readonly edition: string | null }) {
  const styles = useStyles();
  const services = useServices();
  const { language } = useLanguage();
  const t = devPlanStrings(language);
  const wanted = edition !== null && changesProjects(edition) && services.editionChanges !== undefined;
  const changes = useAsyncAction(async (code: string) => (await services.editionChanges?.(code)) ?? []);
  const { run } = changes;
  useEffect(() => {
    if (wanted) void run(edition);
  }, [wanted, edition, run]);
  if (!wanted) return null;
  const list = changes.state.status === "done" ? changes.state.result : null;
  return (
    <section className={styles.section} aria-label={t.changesTitle(edition)}>
      <h3 className={styles.heading}>{t.changesTitle(edition)}</h3>
      {changes.running && <Spinner size="tiny" />}
      {changes.state.status === "failed" && (
        <ErrorBar title={t.changesFailed} error={changes.state.error} onDismiss={changes.reset} />
      )}
      {list && list.length === 0 && <Text>{t.changesNone}</Text>}
      {list && list.length > 0 && (
        <>
          <ol className={styles.list}>
            {list.map((change, index) => (
              <li key={`${change.location?.cell ?? ""}-${index}`}>
                <div className={styles.name}>
                  {change.location ? `${change.location.cell} ` : ""}
                  {change.name}
                </div>
                <div className={styles.muted}>
                  {change.beforeEdition === null ? t.changesNew : t.changesFrom(change.beforeEdition)}
                </div>
                {change.beforeEdition !== null && change.fields.length === 0 && <div>{t.changesSame}</div>}
                <ul className={styles.field}>
                  {change.fields.map((f) => (
                    <li key={f.field}>
                      {t.fields[f.field]}: {f.before} → {f.after}
                    </li>
                  ))}
                </ul>
                <div className={styles.muted}>
                  {change.reason === "" ? t.changesNoReason : `${t.changesReason}: ${change.reason}`}
                </div>
              </li>
            ))}
          </ol>
          <Text size={200}>{t.changesSheet}</Text>
        </>
      )}
    </section>
  );
}
