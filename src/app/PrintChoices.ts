import type { EditionLabel, LayoutFont, LayoutOptions, ScheduleMark } from "../domain/layout/LayoutOptions";

/** How the printed sheets look, as the user chose them (LayoutOptions but the edition). */
export interface PrintChoices {
  readonly thaiDigits: boolean;
  readonly excludeUnbudgeted: boolean;
  readonly font: LayoutFont;
  /** How a later edition is named (default `เพิ่มเติม ครั้งที่ 1/2570`). */
  readonly editionLabel?: EditionLabel;
  /** The ผด.02 schedule as an arrow line (default) or a grey fill. */
  readonly schedule?: ScheduleMark;
  /** The notice's signature starts with "(ลงชื่อ)", as on a typed copy (default: an original, without). */
  readonly signatureMark?: boolean;
  /** The plan book ends with a ภาคผนวก page (default: without). */
  readonly appendix?: boolean;
}

/** The layout options of one set of sheets from the user's choices. */
export function layoutOptionsOf(edition: string | null, choices: PrintChoices): LayoutOptions {
  const { thaiDigits, excludeUnbudgeted, font, editionLabel, schedule, signatureMark, appendix } = choices;
  return {
    edition,
    thaiDigits,
    excludeUnbudgeted,
    font,
    ...(editionLabel !== undefined ? { editionLabel } : {}),
    ...(schedule !== undefined ? { schedule } : {}),
    ...(signatureMark !== undefined ? { signatureMark } : {}),
    ...(appendix !== undefined ? { appendix } : {}),
  };
}
