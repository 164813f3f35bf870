import { z } from "zod";
import { foldText } from "../text/foldText";

/** Edition kinds: the main plan, and the three kinds of later editions (ข้อ 27). */
export const EditionKindSchema = z.enum(["หลัก", "เพิ่มเติม", "เปลี่ยนแปลง", "แก้ไข"]);
export type EditionKind = z.infer<typeof EditionKindSchema>;

export const MAIN_EDITION = "หลัก";
/** The kinds of later editions, as typed in a code. */
export const EDITION_KINDS = ["เพิ่มเติม", "เปลี่ยนแปลง", "แก้ไข"] as const;
/** No อปท. makes a thousand editions of one kind in a year: a larger number is a typing slip. */
export const MAX_EDITION_NUMBER = 999;

/** A normalised edition code: `หลัก`, or `<kind> <N>/<B.E. year>` such as `เพิ่มเติม 1/2570`. */
export const EditionCodeSchema = z
  .string()
  .regex(/^(หลัก|(เพิ่มเติม|เปลี่ยนแปลง|แก้ไข) [1-9]\d*\/25\d\d)$/u, "not a normalised edition code");
export type EditionCode = z.infer<typeof EditionCodeSchema>;

export interface ParsedEdition {
  readonly code: EditionCode;
  readonly kind: EditionKind;
  readonly number: number | null;
  readonly year: number | null;
}

/**
 * Reads an edition as typed: blank → หลัก; tolerates Thai or full-width digits, "ฉบับที่"/"ครั้งที่",
 * extra spaces and what foldText folds (invisible characters, split ำ …). Returns null when the text
 * is not an edition code, or its number is 0 or over MAX_EDITION_NUMBER.
 * @example parseEditionCode("เพิ่มเติม ฉบับที่ ๑/๒๕๗๐") //=> { code: "เพิ่มเติม 1/2570", kind: "เพิ่มเติม", number: 1, year: 2570 }
 */
export function parseEditionCode(text: string | null | undefined): ParsedEdition | null {
  const plain = foldText(text ?? "")
    .replace(/\s+/gu, " ")
    .trim();
  if (plain === "" || plain === MAIN_EDITION || plain === "ฉบับหลัก") {
    return { code: MAIN_EDITION, kind: MAIN_EDITION, number: null, year: null };
  }
  const match = /^(เพิ่มเติม|เปลี่ยนแปลง|แก้ไข)\s*(?:ฉบับที่|ครั้งที่)?\s*(\d+)\s*\/\s*(25\d\d)$/u.exec(plain);
  if (!match?.[1] || !match[2] || !match[3]) return null;
  const kind = EditionKindSchema.parse(match[1]);
  const number = Number(match[2]);
  const year = Number(match[3]);
  if (number < 1 || number > MAX_EDITION_NUMBER) return null;
  return { code: `${kind} ${number}/${year}`, kind, number, year };
}
