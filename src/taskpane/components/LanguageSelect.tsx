import { makeStyles, Select } from "@fluentui/react-components";
import { useLanguage } from "../i18n/LanguageContext";

const useStyles = makeStyles({
  language: { width: "96px", flexShrink: 0 },
});

/** The title bar's Thai/English switch (the task pane's and the offline page's). */
export function LanguageSelect() {
  const styles = useStyles();
  const { language, strings, setLanguage } = useLanguage();
  return (
    <Select
      className={styles.language}
      size="small"
      aria-label={strings.languageLabel}
      value={language}
      onChange={(_, data) => setLanguage(data.value === "en" ? "en" : "th")}
    >
      <option value="th">{strings.languageNames.th}</option>
      <option value="en">{strings.languageNames.en}</option>
    </Select>
  );
}
