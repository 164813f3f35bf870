import type { FontChoice } from "../app/AppServices";
import type { PrintChoices } from "../app/PrintChoices";
import { type EditionLabel, ScheduleMarkSchema } from "../domain/layout/LayoutOptions";
import { CliFailure, EXIT } from "./CliFailure";
import type { CliContext } from "./CliContext";

/** `--font`: the family name with or without "TH", spaces or ๙, in any case. */
export function fontOf(context: CliContext): FontChoice {
  const option = context.values.font;
  if (option === undefined) return "TH SarabunPSK";
  const key = option.toLowerCase().replace(/\s+|๙/gu, "").replace(/^th/u, "");
  if (key === "sarabunpsk") return "TH SarabunPSK";
  if (key === "sarabunit") return "TH SarabunIT๙";
  throw new CliFailure(context.text.badFont(option), EXIT.usage);
}

/** `--edition-label`: the Thai form itself, or its key typed without Thai (krang, chabap, chabap-paren). */
const EDITION_LABELS: Readonly<Record<string, EditionLabel>> = {
  krang: "ครั้งที่",
  ครั้งที่: "ครั้งที่",
  chabap: "ฉบับที่",
  ฉบับที่: "ฉบับที่",
  "chabap-paren": "(ฉบับที่)",
  "(ฉบับที่)": "(ฉบับที่)",
};

/** The print choices of build, book and demo: digits, ผด.01's count, font, edition label, schedule, signature. */
export function printChoicesOf(context: CliContext): PrintChoices {
  const { values, text } = context;
  const label = values["edition-label"];
  const editionLabel = label === undefined ? undefined : EDITION_LABELS[label.trim().toLowerCase()];
  if (label !== undefined && editionLabel === undefined)
    throw new CliFailure(text.badChoice("--edition-label", label, "krang, chabap, chabap-paren"), EXIT.usage);
  const mark = values.schedule;
  const schedule =
    mark === undefined ? undefined : ScheduleMarkSchema.options.find((m) => m === mark.trim().toLowerCase());
  if (mark !== undefined && schedule === undefined)
    throw new CliFailure(text.badChoice("--schedule", mark, "arrow, fill"), EXIT.usage);
  return {
    thaiDigits: values["thai-digits"] ?? false,
    excludeUnbudgeted: values["exclude-unbudgeted"] ?? false,
    font: fontOf(context),
    ...(editionLabel !== undefined ? { editionLabel } : {}),
    ...(schedule !== undefined ? { schedule } : {}),
    ...(values["signature-mark"] === true ? { signatureMark: true } : {}),
    ...(values.appendix === true ? { appendix: true } : {}),
  };
}
