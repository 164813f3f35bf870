import { foldText } from "../text/foldText";
import { matchKey } from "../text/matchKey";

/** The book of the local development plan a project comes from: the five-year plan or one of its amendments. */
export type DevPlanEditionKind = "หลัก" | "เพิ่มเติม" | "เปลี่ยนแปลง" | "แก้ไข" | "ทบทวน";

/**
 * A plan-book edition as staff write it, understood: `2566–2570`, `พ.ศ. ๒๕๖๖ - ๒๕๗๐`,
 * `2566–2570 เพิ่มเติม 1/2568`, `เพิ่มเติม ครั้งที่ 1 พ.ศ. 2568`, `(ฉบับที่ 4)` … Parts a label leaves out
 * are null, and match anything (see devPlanEditionsMatch).
 */
export interface DevPlanEdition {
  /** The plan's years, e.g. 2566–2570. */
  readonly span: { readonly from: number; readonly to: number } | null;
  readonly kind: DevPlanEditionKind;
  readonly number: number | null;
  /** The B.E. year of an amendment (`เพิ่มเติม 1/2568` → 2568). */
  readonly year: number | null;
}

const SPAN = /(25\d\d)\s*-\s*(25\d\d|\d\d)(?!\d)/u;
const AMENDMENT = /(เพิ่มเติม|เปลี่ยนแปลง|แก้ไข|ทบทวน)/u;
/** What follows an amendment's kind: its number ("ครั้งที่ 1", "ฉบับที่ 1", "1"), then its year. */
const AMENDMENT_TAIL = /^\s*(?:ครั้งที่|ฉบับที่|ครั้ง|ที่)?\s*(\d{1,3})?(?!\d)\s*(?:\/\s*)?(?:ปี\s*)?(25\d\d)?/u;
const MAIN_WORDS = /^(?:ฉบับ)?(?:หลัก|เดิม|ปกติ)$/u;

/** The label with the words that say nothing of the edition taken out (plan name, พ.ศ., brackets). */
function plainLabel(text: string): string {
  return foldText(text)
    .replace(/แผนพัฒนาท้องถิ่น(?:ห้าปี|สี่ปี|สามปี)?|แผนพัฒนา(?:ห้าปี|สี่ปี|สามปี)?/gu, " ")
    .replace(/พ\s*\.\s*ศ\s*\.?/gu, " ")
    .replace(/[()[\]]/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}

/**
 * Reads a plan-book edition label; null when it is blank or says nothing recognisable (such labels are
 * compared as typed, by matchKey).
 * @example parseDevPlanEdition("แผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖-๒๕๗๐) เพิ่มเติม ครั้งที่ ๑/๒๕๖๘") //=> { span: { from: 2566, to: 2570 }, kind: "เพิ่มเติม", number: 1, year: 2568 }
 */
export function parseDevPlanEdition(text: string): DevPlanEdition | null {
  const plain = plainLabel(text);
  if (plain === "") return null;
  const spanMatch = SPAN.exec(plain);
  const span = spanMatch ? spanOf(spanMatch[1] ?? "", spanMatch[2] ?? "") : null;
  const rest = spanMatch ? plain.replace(spanMatch[0], " ") : plain;
  const amendment = AMENDMENT.exec(rest);
  if (amendment?.[1]) {
    const tail = AMENDMENT_TAIL.exec(rest.slice(amendment.index + amendment[1].length));
    return {
      span,
      kind: amendment[1] as DevPlanEditionKind,
      number: tail?.[1] ? Number(tail[1]) : null,
      year: tail?.[2] ? Number(tail[2]) : null,
    };
  }
  if (span || MAIN_WORDS.test(rest.replace(/\s+/gu, "")))
    return { span, kind: "หลัก", number: null, year: null };
  return null;
}

/** A span's years; the second may be written with two digits ("2566-70"). Null when it is no plan's span. */
function spanOf(first: string, second: string): DevPlanEdition["span"] {
  const from = Number(first);
  let to = second.length === 2 ? Math.floor(from / 100) * 100 + Number(second) : Number(second);
  if (to < from) to += 100;
  return to - from >= 1 && to - from <= 9 ? { from, to } : null;
}

/**
 * The edition as the tool writes it: `2566–2570`, `2566–2570 เพิ่มเติม 1/2568`, `เพิ่มเติม 1/2568`, `หลัก`.
 * @example formatDevPlanEdition({ span: { from: 2566, to: 2570 }, kind: "หลัก", number: null, year: null }) //=> "2566–2570"
 */
export function formatDevPlanEdition(edition: DevPlanEdition): string {
  const span = edition.span ? `${edition.span.from}–${edition.span.to}` : "";
  if (edition.kind === "หลัก") return span === "" ? "หลัก" : span;
  const { number, year } = edition;
  const which = number !== null && year !== null ? `${number}/${year}` : String(number ?? year ?? "");
  return [span, edition.kind, which].filter((part) => part !== "").join(" ");
}

/**
 * Whether a project's reference names this edition of the list. A blank reference names any edition
 * (most plans have one book); parts either label leaves out match anything; labels the tool cannot read
 * match when they look the same (matchKey).
 * @example devPlanEditionsMatch("เพิ่มเติม ครั้งที่ 1/2568", "2566–2570 เพิ่มเติม 1/2568") //=> true
 */
export function devPlanEditionsMatch(reference: string, listed: string): boolean {
  return editionLabelsMatch(devPlanEditionLabel(reference), devPlanEditionLabel(listed));
}

/** A label read once, for comparing with many (see editionLabelsMatch). */
export interface DevPlanEditionLabel {
  readonly key: string;
  readonly parsed: DevPlanEdition | null;
}

export function devPlanEditionLabel(text: string): DevPlanEditionLabel {
  return { key: matchKey(text), parsed: parseDevPlanEdition(text) };
}

/** devPlanEditionsMatch over labels already read. */
export function editionLabelsMatch(reference: DevPlanEditionLabel, listed: DevPlanEditionLabel): boolean {
  if (reference.key === "") return true;
  const a = reference.parsed;
  const b = listed.parsed;
  if (!a || !b) return reference.key === listed.key;
  const agree = (x: number | null, y: number | null): boolean => x === null || y === null || x === y;
  return (
    a.kind === b.kind &&
    (a.span === null || b.span === null || (a.span.from === b.span.from && a.span.to === b.span.to)) &&
    agree(a.number, b.number) &&
    agree(a.year, b.year)
  );
}

/** The label in the tool's form when it can be read, else as typed (trimmed). */
export function normalDevPlanEdition(text: string): string {
  const parsed = parseDevPlanEdition(text);
  return parsed ? formatDevPlanEdition(parsed) : text.trim();
}
