import { Checkbox, Field, makeStyles, Select, Switch } from "@fluentui/react-components";
import type { PrintChoices } from "../../app/PrintChoices";
import { editionTitleSuffix } from "../../domain/layout/editionTitleSuffix";
import { EditionLabelSchema, LayoutFontSchema, ScheduleMarkSchema } from "../../domain/layout/LayoutOptions";
import { useLanguage } from "../i18n/LanguageContext";

/** The edition each label form is shown on, as the sheets would name it. */
const EXAMPLE_EDITION = "เพิ่มเติม 1/2570";

/** What the step starts with: Arabic digits, every project counted, SarabunPSK, the usual forms. */
export const DEFAULT_PRINT_CHOICES: PrintChoices = {
  thaiDigits: false,
  excludeUnbudgeted: false,
  font: "TH SarabunPSK",
  editionLabel: "ครั้งที่",
  schedule: "arrow",
  signatureMark: false,
  appendix: false,
};

const useStyles = makeStyles({
  options: { display: "grid", rowGap: "2px" },
});

/** A labelled dropdown of a few fixed choices. */
function ChoiceField<T extends string>(props: {
  readonly label: string;
  readonly value: T;
  readonly choices: readonly T[];
  readonly text: (choice: T) => string;
  readonly onChange: (choice: T) => void;
}) {
  const { label, value, choices, text, onChange } = props;
  return (
    <Field label={label}>
      <Select
        value={value}
        onChange={(_, d) => {
          const chosen = choices.find((c) => c === d.value);
          if (chosen !== undefined) onChange(chosen);
        }}
      >
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {text(choice)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** Step 4's print choices, shared by the tables and the whole book: digits, ผด.01's count, font, forms. */
export function PrintChoicesFields({
  value,
  onChange,
  bookChoices,
}: {
  readonly value: PrintChoices;
  readonly onChange: (next: PrintChoices) => void;
  /** The host makes the whole plan book: show the book's own choice (the appendix) too. */
  readonly bookChoices: boolean;
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
      <ChoiceField
        label={t.font}
        value={value.font}
        choices={LayoutFontSchema.options}
        text={(f) => f}
        onChange={(font) => set({ font })}
      />
      <ChoiceField
        label={t.editionLabelField}
        value={value.editionLabel ?? "ครั้งที่"}
        choices={EditionLabelSchema.options}
        text={(label) => editionTitleSuffix(EXAMPLE_EDITION, label).trim()}
        onChange={(editionLabel) => set({ editionLabel })}
      />
      <ChoiceField
        label={t.scheduleField}
        value={value.schedule ?? "arrow"}
        choices={ScheduleMarkSchema.options}
        text={(mark) => t.schedule[mark]}
        onChange={(schedule) => set({ schedule })}
      />
      <Checkbox
        label={t.signatureMark}
        checked={value.signatureMark ?? false}
        onChange={(_, d) => set({ signatureMark: d.checked === true })}
      />
      {bookChoices && (
        <Checkbox
          label={t.appendix}
          checked={value.appendix ?? false}
          onChange={(_, d) => set({ appendix: d.checked === true })}
        />
      )}
    </div>
  );
}
