import { Checkbox, Field, makeStyles, Select, Switch } from "@fluentui/react-components";
import type { FontChoice } from "../../app/AppServices";
import type { PrintChoices } from "../../app/PrintChoices";
import { editionTitleSuffix } from "../../domain/layout/editionTitleSuffix";
import type { EditionLabel, ScheduleMark } from "../../domain/layout/LayoutOptions";
import { useLanguage } from "../i18n/LanguageContext";

const FONTS: readonly FontChoice[] = ["TH SarabunPSK", "TH SarabunIT๙"];
const EDITION_LABELS: readonly EditionLabel[] = ["ครั้งที่", "ฉบับที่", "(ฉบับที่)"];
/** The edition each label form is shown on, as the sheets would name it. */
const EXAMPLE_EDITION = "เพิ่มเติม 1/2570";
const SCHEDULES: readonly ScheduleMark[] = ["arrow", "fill"];

/** What the step starts with: Arabic digits, every project counted, SarabunPSK, the usual forms. */
export const DEFAULT_PRINT_CHOICES: PrintChoices = {
  thaiDigits: false,
  excludeUnbudgeted: false,
  font: "TH SarabunPSK",
  editionLabel: "ครั้งที่",
  schedule: "arrow",
  signatureMark: false,
};

const useStyles = makeStyles({
  options: { display: "grid", rowGap: "2px" },
});

/** Step 4's print choices, shared by the tables and the whole book: digits, ผด.01's count, font, forms. */
export function PrintChoicesFields({
  value,
  onChange,
}: {
  readonly value: PrintChoices;
  readonly onChange: (next: PrintChoices) => void;
}) {
  const styles = useStyles();
  const t = useLanguage().strings.build;
  const set = (change: Partial<PrintChoices>) => onChange({ ...value, ...change });
  return (
    <div className={styles.options}>
      <Switch
        label={t.thaiDigits}
        checked={value.thaiDigits}
        onChange={(_, d) => set({ thaiDigits: d.checked })}
      />
      <Checkbox
        label={t.excludeUnbudgeted}
        checked={value.excludeUnbudgeted}
        onChange={(_, d) => set({ excludeUnbudgeted: d.checked === true })}
      />
      <Field label={t.font}>
        <Select value={value.font} onChange={(_, d) => set({ font: d.value as FontChoice })}>
          {FONTS.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.editionLabelField}>
        <Select
          value={value.editionLabel ?? "ครั้งที่"}
          onChange={(_, d) => set({ editionLabel: d.value as EditionLabel })}
        >
          {EDITION_LABELS.map((label) => (
            <option key={label} value={label}>
              {editionTitleSuffix(EXAMPLE_EDITION, label).trim()}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.scheduleField}>
        <Select
          value={value.schedule ?? "arrow"}
          onChange={(_, d) => set({ schedule: d.value as ScheduleMark })}
        >
          {SCHEDULES.map((mark) => (
            <option key={mark} value={mark}>
              {t.schedule[mark]}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox
        label={t.signatureMark}
        checked={value.signatureMark ?? false}
        onChange={(_, d) => set({ signatureMark: d.checked === true })}
      />
    </div>
  );
}
